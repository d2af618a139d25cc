package fi.cocreate.consultation.web;

import fi.cocreate.common.NotFound;
import fi.cocreate.common.BusinessException;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.ModeratedResponse;
import fi.cocreate.consultation.boundary.Moderation;
import fi.cocreate.consultation.boundary.Summaries;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Staff attach the responses, or passages of them, that a summary statement rests on. Every submitted response can be
 * cited; the public summary later shows only the public ones. Each action redirects back to the editor (PRG).
 */
@Named
@ViewScoped
public class SummaryCitations implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Summaries summaries;

    @Inject
    Moderation moderation;

    private Long id;
    private Long statementId;
    /** "r:ID" for a whole response or "p:ID" for a passage. */
    private String source;
    /** What may be cited, read on the page's first request: small records, kept with the view. */
    private List<Source> sources = List.of();

    /** A citable source and its label (the organisation, the moderation state or the quote). */
    public record Source(String value, String label) implements Serializable {
    }

    public String cite() {
        try {
            if (statementId == null || source == null || source.length() < 3) {
                throw new BusinessException("summary.citationIncomplete");
            }
            long sourceId = Long.parseLong(source.substring(2));
            if (source.startsWith("p:")) {
                long responseId = moderation.moderated(id).stream().flatMap(r -> r.passages().stream())
                        .filter(p -> p.getId() == sourceId).findFirst()
                        .orElseThrow(() -> new NotFound("response.notFound")).getResponse().getId();
                summaries.cite(id, statementId, responseId, sourceId);
            } else {
                summaries.cite(id, statementId, sourceId, null);
            }
            Notices.info("summary.cited");
        } catch (NumberFormatException e) {
            Notices.error("summary.citationIncomplete");
        } catch (BusinessException e) {
            Notices.error(e);
        }
        return back();
    }

    public String remove(long citationId) {
        summaries.removeCitation(id, citationId);
        return back();
    }

    private String back() {
        return "/consultation/staff/summary-edit.xhtml?faces-redirect=true&id=" + id;
    }

    /** Every submitted response, each followed by its passages; the moderation state is in the label. */
    public List<Source> getSources() {
        return sources;
    }

    /** Reads the citable sources when the page opens (view action); postbacks keep them with the view. */
    public void load() {
        sources = new ArrayList<>();
        for (ModeratedResponse r : moderation.moderated(id)) {
            String organisation = r.response().getOrganisation().getName();
            sources.add(new Source("r:" + r.response().getId(), organisation + " ("
                    + Notices.text("moderationState." + r.state().name()) + ")"));
            r.passages().forEach(p -> sources.add(new Source("p:" + p.getId(),
                    organisation + ": \u201c" + abbreviate(p.getQuote()) + "\u201d")));
        }
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

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
