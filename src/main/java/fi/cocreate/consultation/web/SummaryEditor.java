package fi.cocreate.consultation.web;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.Summaries;
import fi.cocreate.consultation.entity.Citation;
import fi.cocreate.consultation.entity.ConsultationSummary;
import fi.cocreate.consultation.entity.SummarySection;
import fi.cocreate.consultation.entity.SummaryStatement;
import fi.cocreate.consultation.entity.Theme;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Staff write a consultation's summary: statements (fi/sv/en, section, theme) and publishing once the deadline has
 * passed. Citations are added with {@link SummaryCitations}.
 */
@Named
@ViewScoped
public class SummaryEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Summaries summaries;

    @Inject
    fi.cocreate.consultation.boundary.OwnThemes ownThemes;

    /** The consultation's themes, read once per view. */
    private java.util.ArrayList<Theme> themes;

    private Long id;
    private SummarySheet summary;
    private List<SummarySheet.Statement> untranslated = List.of();
    private SummarySection section = SummarySection.FEEDBACK;
    private Theme theme;
    private String textFi;
    private String textSv;
    private String textEn;
    private List<SummarySheet.Statement> uncited = List.of();
    private fi.cocreate.consultation.boundary.SummaryCoverage coverage;
    /** Staff confirm that they publish although accepted responses are not cited. */
    private boolean uncitedConfirmed;

    /** Staff confirm that they publish although proposals in accepted responses have no recorded reaction. */
    private boolean unansweredConfirmed;

    /** How many proposals in accepted responses have no recorded reaction, as the page was drawn. */
    private long unansweredProposals;
    /** The summary's version when the page opened, or after this page's own last change (-1: take it again). */
    private long seenVersion;

    public void load() throws IOException {
        refresh();
        seenVersion = summary.version();
    }

    private void refresh() {
        long consultationId = id == null ? -1 : id;
        ConsultationSummary read = summaries.of(consultationId);
        List<Citation> citations = summaries.citations(consultationId);
        summary = SummarySheet.of(read, citations);
        untranslated = summary.statements().stream()
                .filter(st -> st.text().getFi() == null
                        || st.text().getSv() == null
                        || st.text().getEn() == null)
                .toList();
        uncited = summary.only(read
                .uncited(citations.stream()
                        .map(c -> c.getStatement().getId())
                        .collect(java.util.stream.Collectors.toSet()))
                .stream()
                .map(SummaryStatement::getId)
                .toList());
        coverage = summaries.coverage(consultationId);
        themes = new java.util.ArrayList<>(ownThemes.available(consultationId));
        unansweredProposals = summaries.unansweredProposals(consultationId);
        if (seenVersion == -1) {
            seenVersion = summary.version();
        }
    }

    public fi.cocreate.consultation.boundary.SummaryCoverage getCoverage() {
        return coverage;
    }

    public boolean isUnansweredConfirmed() {
        return unansweredConfirmed;
    }

    public void setUnansweredConfirmed(boolean unansweredConfirmed) {
        this.unansweredConfirmed = unansweredConfirmed;
    }

    public long getUnansweredProposals() {
        return unansweredProposals;
    }

    public boolean isUncitedConfirmed() {
        return uncitedConfirmed;
    }

    public void setUncitedConfirmed(boolean uncitedConfirmed) {
        this.uncitedConfirmed = uncitedConfirmed;
    }

    /** Statements about the feedback with no citation and no "own conclusion" mark: publishing refuses them. */
    public List<SummarySheet.Statement> getUncited() {
        return uncited;
    }

    /** Marks a statement as staff's own conclusion, or takes the mark away; {@code seen} is the version shown. */
    public void markOwnConclusion(long statementId, boolean own, long seen) {
        summaries.markOwnConclusion(id, statementId, own, seen);
        Notices.info(own ? "summary.markedOwnConclusion" : "summary.unmarkedOwnConclusion");
        refresh();
    }

    /** Statements missing in some language: publishing is allowed, but the editor warns first. */
    public List<SummarySheet.Statement> getUntranslated() {
        return untranslated;
    }

    public void addStatement() {
        try {
            summaries.addStatement(id, section, theme, new LocalizedText(textFi, textSv, textEn), seenVersion);
            seenVersion = -1; // moved by this page's own change: taken again by refresh()
            textFi = null;
            textSv = null;
            textEn = null;
            Notices.info("summary.statementAdded");
        } catch (IllegalArgumentException e) {
            Notices.errorAt("statement:textFi", "summary.textRequired");
        }
        refresh();
    }

    public void removeStatement(long statementId) {
        summaries.removeStatement(id, statementId, seenVersion);
        seenVersion = -1;
        refresh();
    }

    public void publish() {
        summaries.publish(id, seenVersion, uncitedConfirmed, unansweredConfirmed);
        seenVersion = -1;
        Notices.info("summary.publishedNow");
        refresh();
    }

    /** What the page shows of the summary, its statements and their citations, read by the view action. */
    public SummarySheet getSummary() {
        return summary;
    }

    public SummarySection[] getSections() {
        return SummarySection.values();
    }

    /** The themes the consultation's feedback is coded by: the seven and the consultation's own. */
    public java.util.List<Theme> getThemes() {
        return themes;
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
}
