package fi.cocreate.consultation.web;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.ModeratedResponse;
import fi.cocreate.consultation.boundary.Moderation;
import fi.cocreate.consultation.boundary.Summaries;
import fi.cocreate.consultation.entity.Citation;
import fi.cocreate.consultation.entity.ConsultationSummary;
import fi.cocreate.consultation.entity.SummarySection;
import fi.cocreate.consultation.entity.SummaryStatement;
import fi.cocreate.consultation.entity.Theme;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Staff write a consultation's summary: statements (fi/sv/en, section, theme), the responses or passages each one
 * cites, and publishing once the deadline has passed.
 */
@Named
@ViewScoped
public class SummaryEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Summaries summaries;

    @Inject
    transient Moderation moderation;

    private Long id;
    private transient ConsultationSummary summary;
    private transient List<Citation> citations;
    private transient List<ModeratedResponse> responses;
    private SummarySection section = SummarySection.FEEDBACK;
    private Theme theme;
    private String textFi;
    private String textSv;
    private String textEn;
    private Long citeStatementId;
    /** "r:ID" for a whole response or "p:ID" for a passage. */
    private String citeSource;

    public void load() throws IOException {
        try {
            refresh();
        } catch (BusinessException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Not found");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void refresh() {
        long consultationId = id == null ? -1 : id;
        summary = summaries.of(consultationId);
        citations = summaries.citations(consultationId);
        responses = moderation.moderated(consultationId);
    }

    public void addStatement() {
        try {
            summaries.addStatement(id, section, theme, new LocalizedText(textFi, textSv, textEn));
            textFi = null;
            textSv = null;
            textEn = null;
            Notices.info("summary.statementAdded");
        } catch (IllegalArgumentException e) {
            Notices.errorAt("statement:textFi", "summary.textRequired");
        } catch (BusinessException e) {
            Notices.error(e);
        }
        refresh();
    }

    public void removeStatement(long statementId) {
        try {
            summaries.removeStatement(id, statementId);
        } catch (BusinessException e) {
            Notices.error(e);
        }
        refresh();
    }

    public void cite() {
        try {
            if (citeStatementId == null || citeSource == null || citeSource.length() < 3) {
                throw new BusinessException("summary.citationIncomplete");
            }
            long sourceId = Long.parseLong(citeSource.substring(2));
            if (citeSource.startsWith("p:")) {
                long responseId = responses.stream().flatMap(r -> r.passages().stream())
                        .filter(p -> p.getId() == sourceId).findFirst()
                        .orElseThrow(() -> new BusinessException("response.notFound")).getResponse().getId();
                summaries.cite(id, citeStatementId, responseId, sourceId);
            } else {
                summaries.cite(id, citeStatementId, sourceId, null);
            }
            Notices.info("summary.cited");
        } catch (NumberFormatException e) {
            Notices.error("summary.citationIncomplete");
        } catch (BusinessException e) {
            Notices.error(e);
        }
        refresh();
    }

    public void removeCitation(long citationId) {
        try {
            summaries.removeCitation(id, citationId);
        } catch (BusinessException e) {
            Notices.error(e);
        }
        refresh();
    }

    public void publish() {
        try {
            summaries.publish(id);
            Notices.info("summary.publishedNow");
        } catch (BusinessException e) {
            Notices.error(e);
        }
        refresh();
    }

    public List<Citation> citationsOf(SummaryStatement statement) {
        return getCitations().stream().filter(c -> c.getStatement().getId().equals(statement.getId())).toList();
    }

    /** A citable source: {@code r:ID} for a whole response, {@code p:ID} for one of its passages. */
    public record Source(String value, String label) implements Serializable {
    }

    /** Every submitted response, each followed by its passages; the moderation state is in the label. */
    public List<Source> getSources() {
        List<Source> sources = new java.util.ArrayList<>();
        for (ModeratedResponse r : getResponses()) {
            String organisation = r.response().getOrganisation().getName();
            sources.add(new Source("r:" + r.response().getId(), organisation + " (" + Notices.text(
                    "moderationState." + r.state().name()) + ")"));
            r.passages().forEach(p -> sources.add(new Source("p:" + p.getId(), organisation + ": \u201c"
                    + abbreviate(p.getQuote()) + "\u201d")));
        }
        return sources;
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "\u2026";
    }

    public ConsultationSummary getSummary() {
        if (summary == null && id != null) {
            refresh();
        }
        return summary;
    }

    public List<Citation> getCitations() {
        getSummary();
        return citations;
    }

    public List<ModeratedResponse> getResponses() {
        getSummary();
        return responses;
    }

    public SummarySection[] getSections() {
        return SummarySection.values();
    }

    public Theme[] getThemes() {
        return Theme.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SummarySection getSection() {
        return section;
    }

    public void setSection(SummarySection section) {
        this.section = section;
    }

    public Theme getTheme() {
        return theme;
    }

    public void setTheme(Theme theme) {
        this.theme = theme;
    }

    public String getTextFi() {
        return textFi;
    }

    public void setTextFi(String textFi) {
        this.textFi = textFi;
    }

    public String getTextSv() {
        return textSv;
    }

    public void setTextSv(String textSv) {
        this.textSv = textSv;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public Long getCiteStatementId() {
        return citeStatementId;
    }

    public void setCiteStatementId(Long citeStatementId) {
        this.citeStatementId = citeStatementId;
    }

    public String getCiteSource() {
        return citeSource;
    }

    public void setCiteSource(String citeSource) {
        this.citeSource = citeSource;
    }
}
