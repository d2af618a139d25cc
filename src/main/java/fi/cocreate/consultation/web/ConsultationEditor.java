package fi.cocreate.consultation.web;

import fi.cocreate.common.ApplicationClock;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.common.web.LocalizedInput;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.ConsultationAdmin;
import fi.cocreate.consultation.boundary.Responses;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.TargetGroup;
import fi.cocreate.consultation.entity.Theme;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Staff create or edit a consultation: texts in fi/sv/en, feedback window, themes and target groups. */
@Named
@ViewScoped
public class ConsultationEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsultationAdmin admin;

    @Inject
    Responses responses;

    private Long id;
    private Consultation consultation;
    private boolean loaded;
    private final LocalizedInput process = new LocalizedInput();
    private final LocalizedInput title = new LocalizedInput();
    private final LocalizedInput description = new LocalizedInput();
    private LocalDateTime opensAt;
    private LocalDateTime deadline;
    private List<Theme> themes = new ArrayList<>();
    private List<TargetGroup> targetGroups = new ArrayList<>();
    private int responseCount;
    /** The consultation's version when the page opened; a save after someone else's is refused (issue 10). */
    private Long seenVersion;

    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            return;
        }
        consultation = admin.find(id);
        process.fill(consultation.getProcess());
        title.fill(consultation.getTitle());
        description.fill(consultation.getDescription());
        opensAt = ApplicationClock.localOf(consultation.getOpensAt());
        deadline = ApplicationClock.localOf(consultation.getDeadline());
        themes = new ArrayList<>(consultation.getThemes());
        targetGroups = new ArrayList<>(consultation.getTargetGroups());
        responseCount = Math.toIntExact(responses.countOf(id));
        seenVersion = consultation.getVersion();
    }

    /** The version shown, for the question forms of the same page. */
    public Long getSeenVersion() {
        return seenVersion;
    }

    public String save() {
        LocalizedText titleText = title.toText();
        if (titleText == null) {
            Notices.errorAt("consultation:titleFi", "consultation.titleRequired");
            return null;
        }
        Consultation saved = id == null
                ? admin.create(
                        process.toText(),
                        titleText,
                        description.toText(),
                        ApplicationClock.instantOf(opensAt),
                        ApplicationClock.instantOf(deadline),
                        themes,
                        targetGroups)
                : admin.update(
                        id,
                        process.toText(),
                        titleText,
                        description.toText(),
                        ApplicationClock.instantOf(opensAt),
                        ApplicationClock.instantOf(deadline),
                        themes,
                        targetGroups,
                        seenVersion);
        Notices.info("consultation.saved");
        return "/consultation/staff/edit.xhtml?faces-redirect=true&id=" + saved.getId();
    }

    /**
     * Makes the draft public as this page showed it; a failure (a colleague changed it meanwhile) reaches the user
     * through the exception handler.
     */
    public String publish() {
        // A replayed post of this page (a double click, the browser's resend) finds it published: it says so.
        Notices.info(admin.publish(id, seenVersion) ? "consultation.publishedNotice" : "consultation.alreadyPublished");
        return "/consultation/staff/edit.xhtml?faces-redirect=true&id=" + id;
    }

    /** Hides the consultation again as a draft, as this page showed it (refused as {@link #publish()} is). */
    public String unpublish() {
        admin.unpublish(id, seenVersion);
        Notices.info("consultation.unpublishedNotice");
        return "/consultation/staff/edit.xhtml?faces-redirect=true&id=" + id;
    }

    public Theme[] getAllThemes() {
        return Theme.values();
    }

    public TargetGroup[] getAllTargetGroups() {
        return TargetGroup.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public int getResponseCount() {
        return responseCount;
    }

    public LocalizedInput getProcess() {
        return process;
    }

    public LocalizedInput getTitle() {
        return title;
    }

    public LocalizedInput getDescription() {
        return description;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDateTime deadline) {
        this.deadline = deadline;
    }

    public List<Theme> getThemes() {
        return themes;
    }

    public void setThemes(List<Theme> themes) {
        this.themes = themes;
    }

    public List<TargetGroup> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<TargetGroup> targetGroups) {
        this.targetGroups = targetGroups;
    }
}
