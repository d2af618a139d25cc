package fi.cocreate.forum.panel.web;

import fi.cocreate.forum.panel.boundary.SelectionRun;
import fi.cocreate.forum.panel.control.SelectionDimension;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Chart.js configurations (for {@code p:chart}) comparing, per diversity dimension, the share of each value in the
 * applicant pool, in the proposed forum and in the plain top-k group. Shares, not counts, because the pool is much
 * larger than the forum. The same numbers are also shown as a table beside the chart.
 */
final class CompositionCharts {

    private CompositionCharts() {}

    static String bar(
            SelectionRun run,
            SelectionDimension dimension,
            PanelLabels labels,
            String title,
            String pool,
            String proposed,
            String topK) {
        List<SelectionRun.Composition> rows = run.composition(dimension);
        int poolSize = run.candidates().size();
        int forum = (int) run.candidates().stream().filter(c -> c.isSelected()).count();
        int top = (int) run.candidates().stream().filter(c -> c.inTopK()).count();
        JsonArrayBuilder names = Json.createArrayBuilder();
        rows.forEach(r -> names.add(labels.value(dimension.code(), r.value())));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(pool, rows, SelectionRun.Composition::pool, poolSize, "#8c8c8c"))
                .add(dataset(proposed, rows, SelectionRun.Composition::selected, forum, "#005a9c"))
                .add(dataset(topK, rows, SelectionRun.Composition::topK, top, "#d46b08"));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add(
                                        "title",
                                        Json.createObjectBuilder()
                                                .add("display", true)
                                                .add("text", title)))
                .add(
                        "scales",
                        Json.createObjectBuilder()
                                .add(
                                        "y",
                                        Json.createObjectBuilder()
                                                .add("beginAtZero", true)
                                                .add(
                                                        "title",
                                                        Json.createObjectBuilder()
                                                                .add("display", true)
                                                                .add("text", "%"))));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
                .add("options", options)
                .build()
                .toString();
    }

    private static JsonObjectBuilder dataset(
            String label,
            List<SelectionRun.Composition> rows,
            ToIntFunction<SelectionRun.Composition> count,
            int total,
            String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        rows.forEach(r -> data.add(total == 0 ? 0 : Math.round(1000.0 * count.applyAsInt(r) / total) / 10.0));
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    /** Share in percent with one decimal, for the table beside the chart. */
    static double share(int count, int total) {
        return total == 0 ? 0 : Math.round(1000.0 * count / total) / 10.0;
    }
}
