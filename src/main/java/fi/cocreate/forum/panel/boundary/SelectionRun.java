package fi.cocreate.forum.panel.boundary;

import java.io.Serializable;
import fi.cocreate.forum.control.SelectionResult;
import fi.cocreate.forum.panel.control.SelectionDimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The outcome of one selection run for the page: the solver's result, every candidate with their reason, and the
 * applications still waiting for scores (they are not candidates).
 */
public record SelectionRun(SelectionResult result, int forumSize, List<CandidateRow> candidates, List<Long> unscored) implements Serializable {

    /** How one value of a dimension is represented in the pool, the proposed group and the top-k group. */
    public record Composition(String value, int pool, int selected, int topK) {
    }

    public SelectionRun {
        candidates = List.copyOf(candidates);
        unscored = List.copyOf(unscored);
    }

    public List<Composition> composition(SelectionDimension dimension) {
        Set<String> values = new TreeSet<>();
        candidates.forEach(c -> values.addAll(c.attributes().getOrDefault(dimension.code(), Set.of())));
        List<Composition> rows = new ArrayList<>();
        for (String value : values) {
            int pool = 0;
            int selected = 0;
            int top = 0;
            for (CandidateRow c : candidates) {
                if (c.attributes().getOrDefault(dimension.code(), Set.of()).contains(value)) {
                    pool++;
                    selected += c.isSelected() ? 1 : 0;
                    top += c.inTopK() ? 1 : 0;
                }
            }
            rows.add(new Composition(value, pool, selected, top));
        }
        return rows;
    }
}
