package fi.cocreate.consultation.web;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.CitableSource;
import fi.cocreate.consultation.boundary.ModeratedResponses;
import fi.cocreate.consultation.boundary.Summaries;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Staff attach the responses, or passages of them, that a summary statement rests on. Every submitted response can be
 * cited; the public summary later shows only the public ones. The source is picked by typing part of an
 * organisation's name or of a quote: the picker asks for a bounded list each time, so a consultation with thousands
 * of responses opens as fast as one with three. Each action redirects back to the editor (PRG).
 */
@Named
@ViewScoped
public class SummaryCitations implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many sources the picker offers for one typed text. */
    static final int OFFERED = 20;

    @Inject
    Summaries summaries;

    @Inject
    ModeratedResponses moderatedResponses;

    private Long id;
    private Long statementId;
    private Source source;
    /** The sources last offered, by value, so that the chosen one converts back with its label. */
    private final Map<String, Source> offered = new HashMap<>();

    /** A citable source: "r:ID" for a whole response or "p:ID" for a passage, and its label. */
    public record Source(String value, String label) implements Serializable {}

    /** The picker's suggestions for the typed text (organisation or quote, any case). */
    public List<Source> complete(String typed) {
        List<Source> found = new ArrayList<>();
        offered.clear();
        for (CitableSource c : moderatedResponses.citable(
                id,
                typed,
                OFFERED,
                jakarta.faces.context.FacesContext.getCurrentInstance()
                        .getViewRoot()
                        .getLocale())) {
            Source s = c.isPassage()
                    ? new Source("p:" + c.passageId(), c.organisation() + ": \u201c" + abbreviate(c.quote()) + "\u201d")
                    : new Source(
                            "r:" + c.responseId(),
                            c.organisation() + " ("
                                    + Notices.text(
                                            "moderationState." + c.state().name()) + ")");
            offered.put(s.value(), s);
            found.add(s);
        }
        return found;
    }

    public String cite() {
        // a source the picker offered: "r:" or "p:" and an id
        if (statementId == null || source == null || !source.value().matches("[rp]:\\d{1,18}")) {
            throw new BusinessException("summary.citationIncomplete");
        }
        long sourceId = Long.parseLong(source.value().substring(2));
        if (source.value().startsWith("p:")) {
            summaries.citePassage(id, statementId, sourceId);
        } else {
            summaries.cite(id, statementId, sourceId, null);
        }
        Notices.info("summary.cited");
        return back();
    }

    public String remove(long citationId) {
        summaries.removeCitation(id, citationId);
        return back();
    }

    private String back() {
        return "/consultation/staff/summary-edit.xhtml?faces-redirect=true&id=" + id;
    }

    /** Turns the picker's submitted value back into the source it offered (its label kept for a re-rendered page). */
    public Converter<Source> getConverter() {
        return new Converter<>() {
            @Override
            public Source getAsObject(FacesContext context, UIComponent component, String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                return offered.getOrDefault(value, new Source(value, value));
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, Source value) {
                return value == null ? "" : value.value();
            }
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "\u2026";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getStatementId() {
        return statementId;
    }

    public void setStatementId(Long statementId) {
        this.statementId = statementId;
    }

    public Source getSource() {
        return source;
    }

    public void setSource(Source source) {
        this.source = source;
    }
}
