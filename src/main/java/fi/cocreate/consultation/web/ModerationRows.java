package fi.cocreate.consultation.web;

import fi.cocreate.consultation.boundary.ModeratedResponses;
import fi.cocreate.consultation.boundary.ModerationRow;
import fi.cocreate.consultation.boundary.ModerationSort;
import fi.cocreate.consultation.boundary.ThemeSuggestions;
import fi.cocreate.consultation.control.ModerationFilter;
import fi.cocreate.consultation.control.ThemeClassifier.Suggestion;
import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The moderation list as a lazy PrimeFaces data model: each page is one query with the database's sorting and the
 * filter of the form above the table, with the page's theme suggestions read at once, and the row count comes from an
 * aggregate query. Only the consultation id and
 * the filter are kept between requests.
 */
public class ModerationRows extends LazyDataModel<ModerationRow> {

    private static final long serialVersionUID = 1L;

    private final long consultationId;
    private ModerationFilter filter = ModerationFilter.NONE;

    public ModerationRows(long consultationId) {
        this.consultationId = consultationId;
    }

    /** From the next page on, only the responses that match. */
    public void filterBy(ModerationFilter filter) {
        this.filter = filter == null ? ModerationFilter.NONE : filter;
        requestMap().remove(countKey());
    }

    /**
     * As {@link #filterBy(ModerationFilter)}, with the number of matching responses just counted: the table's count
     * in the same request uses it instead of counting again; a later request (paging, sorting) counts afresh.
     */
    public void filterBy(ModerationFilter filter, long count) {
        filterBy(filter);
        requestMap().put(countKey(), count);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        Object known = requestMap().get(countKey());
        return Math.toIntExact(
                known instanceof Long n ? n : moderatedResponses().count(consultationId, filter));
    }

    private String countKey() {
        return ModerationRows.class.getName() + ".count." + consultationId;
    }

    private static Map<String, Object> requestMap() {
        return jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestMap();
    }

    @Override
    public List<ModerationRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        ModerationSort sort = ModerationSort.SUBMITTED;
        boolean ascending = true;
        SortMeta meta = sortBy == null
                ? null
                : sortBy.values().stream()
                        .filter(SortMeta::isActive)
                        .findFirst()
                        .orElse(null);
        if (meta != null && meta.getField() != null && meta.getOrder() != SortOrder.UNSORTED) {
            sort = ModerationSort.valueOf(meta.getField().toUpperCase(Locale.ROOT));
            ascending = meta.getOrder() == SortOrder.ASCENDING;
        }
        List<ModerationRow> rows = moderatedResponses()
                .page(
                        consultationId,
                        filter,
                        sort,
                        ascending,
                        first,
                        pageSize,
                        jakarta.faces.context.FacesContext.getCurrentInstance()
                                .getViewRoot()
                                .getLocale());
        Map<Long, List<Suggestion>> suggestions = CDI.current()
                .select(ThemeSuggestions.class)
                .get()
                .forResponses(
                        consultationId,
                        rows.stream().map(ModerationRow::responseId).toList());
        return rows.stream()
                .map(r -> r.withSuggestions(suggestions.get(r.responseId())))
                .toList();
    }

    @Override
    public String getRowKey(ModerationRow row) {
        return String.valueOf(row.responseId());
    }

    // The boundary is looked up per call: a data model kept in the view must not hold a proxy across requests.
    private static ModeratedResponses moderatedResponses() {
        return CDI.current().select(ModeratedResponses.class).get();
    }
}
