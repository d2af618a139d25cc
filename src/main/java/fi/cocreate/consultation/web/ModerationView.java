package fi.cocreate.consultation.web;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.Consultations;
import fi.cocreate.consultation.boundary.ModeratedResponses;
import fi.cocreate.consultation.boundary.ModerationOverview;
import fi.cocreate.consultation.boundary.ThemeSuggestions;
import fi.cocreate.consultation.control.ModerationFilter;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ModerationState;
import fi.cocreate.consultation.entity.OrganisationType;
import fi.cocreate.consultation.entity.Theme;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Staff's list of a consultation's submitted responses: filters, counts per state and a chart of counts per theme,
 * and the responses a page at a time ({@link ModerationRows}). The view keeps ids, texts and counts, never entities.
 */
@Named
@ViewScoped
public class ModerationView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A question as the filter offers it. */
    public record QuestionChoice(long id, int position, LocalizedText text) implements Serializable {}

    @Inject
    ModeratedResponses moderatedResponses;

    @Inject
    fi.cocreate.consultation.boundary.OwnThemes ownThemes;

    /** The consultation's themes, read once per view. */
    private java.util.ArrayList<Theme> themes;

    /** Their names, for the chart. */
    private fi.cocreate.consultation.control.ThemeNames themeNames;

    @Inject
    Consultations consultations;

    @Inject
    ThemeSuggestions suggestions;

    private Long id;
    private LocalizedText title;
    private List<QuestionChoice> questions;
    private OrganisationType organisationType;
    private Long questionId;
    private Theme theme;
    private ModerationState state;
    private ModerationOverview overview;
    private ModerationRows rows;
    private long shown;

    public void load() throws IOException {
        Consultation consultation = consultations.find(id == null ? -1 : id);
        title = consultation.getTitle();
        themes = new java.util.ArrayList<>(ownThemes.available(id == null ? -1 : id));
        themeNames = ownThemes.names(id == null ? -1 : id);
        questions = consultation.getQuestions().stream()
                .map(q -> new QuestionChoice(q.getId(), q.getPosition(), q.getText()))
                .toList();
        overview = moderatedResponses.overview(id);
        rows = new ModerationRows(id);
        filter();
    }

    public void filter() {
        ModerationFilter filter = new ModerationFilter(organisationType, questionId, theme, state);
        // Without a filter the list shows every submitted response, which the overview has just counted.
        boolean none = organisationType == null && questionId == null && theme == null && state == null;
        shown = none ? overview.total() : moderatedResponses.count(id, filter);
        rows.filterBy(filter, shown);
    }

    public void clear() {
        organisationType = null;
        questionId = null;
        theme = null;
        state = null;
        filter();
        Notices.info("moderation.filterCleared");
    }

    /** Codes the whole response with the suggested theme. */
    public void acceptSuggestion(long responseId, Theme suggested) {
        suggestions.accept(responseId, null, suggested);
        overview = moderatedResponses.overview(id);
        Notices.info("suggestion.accepted");
    }

    /** Rejects the suggested theme for the whole response: it is not suggested there again. */
    public void rejectSuggestion(long responseId, Theme suggested) {
        suggestions.reject(responseId, null, suggested);
        Notices.info("suggestion.rejected");
    }

    /** The Chart.js configuration of the bar chart of responses per theme; the same counts are in a table. */
    public String getThemeChart() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        ResourceBundle labels =
                ResourceBundle.getBundle("i18n.consultation", locale, ModerationView.class.getClassLoader());
        JsonArrayBuilder names = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        for (Theme t : getThemes()) {
            names.add(themeNames.name(t, labels, locale));
            counts.add(overview.byTheme().getOrDefault(t, 0L));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", names)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", labels.getString("moderation.chart.responses"))
                                                        .add("data", counts)
                                                        .add("backgroundColor", "#1f5f99"))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("indexAxis", "y")
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "x",
                                                        Json.createObjectBuilder()
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "ticks",
                                                                        Json.createObjectBuilder()
                                                                                .add("precision", 0)))))
                .build()
                .toString();
    }

    public ModerationOverview getOverview() {
        return overview;
    }

    public ModerationRows getRows() {
        return rows;
    }

    /** How many responses match the filter. */
    public long getShown() {
        return shown;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public List<QuestionChoice> getQuestions() {
        return questions;
    }

    public OrganisationType[] getOrganisationTypes() {
        return OrganisationType.values();
    }

    /** The themes the consultation's feedback is coded by: the seven and the consultation's own. */
    public java.util.List<Theme> getThemes() {
        return themes;
    }

    public ModerationState[] getStates() {
        return ModerationState.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OrganisationType getOrganisationType() {
        return organisationType;
    }

    public void setOrganisationType(OrganisationType organisationType) {
        this.organisationType = organisationType;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public void setQuestionId(Long questionId) {
        this.questionId = questionId;
    }

    public Theme getTheme() {
        return theme;
    }

    public void setTheme(Theme theme) {
        this.theme = theme;
    }

    public ModerationState getState() {
        return state;
    }

    public void setState(ModerationState state) {
        this.state = state;
    }
}
