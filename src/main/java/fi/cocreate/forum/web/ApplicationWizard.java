package fi.cocreate.forum.web;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.web.Downloads;
import fi.cocreate.common.web.LocaleSelection;
import fi.cocreate.common.web.Notices;
import fi.cocreate.forum.boundary.ForumApplications;
import fi.cocreate.forum.boundary.InvalidApplicationException;
import fi.cocreate.forum.control.ApplicationProblem;
import fi.cocreate.forum.control.ApplicationRules;
import fi.cocreate.forum.control.ApplicationStep;
import fi.cocreate.forum.entity.ApplicantCapacity;
import fi.cocreate.forum.entity.ApplicationContent;
import fi.cocreate.forum.entity.ApplicationCv;
import fi.cocreate.forum.entity.ApplicationStatus;
import fi.cocreate.forum.entity.ExpertiseArea;
import fi.cocreate.forum.entity.ForumApplication;
import fi.cocreate.forum.entity.Gender;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/**
 * The application form as steps: each step is checked before the applicant moves on and the draft is saved on the
 * way, so nothing is lost between sessions. The last step submits the whole application, which the boundary checks
 * again at the server's time. The view keeps the application's id, the form's {@link ApplicationContent} and a
 * {@link WizardApplication} copy, never the entity; who is applying is the boundary's {@code Caller}.
 */
@Named("wizard")
@ViewScoped
public class ApplicationWizard implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "wizard";

    @Inject
    ForumApplications applications;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    Clock clock;

    private Long id;
    private Long callId;
    private String stepName;
    private WizardApplication application;
    private ApplicationContent content;
    private final Map<ExpertiseArea, Boolean> chosen = new EnumMap<>(ExpertiseArea.class);
    private ApplicationStep step = ApplicationStep.PERSONAL;
    /** The file chosen on the motivation step (a plain file input: PrimeFaces' simple upload hides it from assistive technology). */
    private transient Part cv;

    /**
     * Opens the application of the URL at its step. Coming from a call ({@code ?call=}), it starts or resumes the
     * applicant's application and redirects to its own address, so that reload, bookmark, new tab and language switch
     * all keep it; with no step in the URL it opens the step where the applicant left off.
     */
    public String load() {
        if (application != null) {
            return null;
        }
        if (FacesContext.getCurrentInstance().isPostback()) {
            return replayed();
        }
        if (id == null) {
            application =
                    snapshot(applications.startOrResume(callId == null ? -1 : callId, localeSelection.getLanguage()));
            return address(resumeStep(application));
        }
        ForumApplication mine = applications.mine(id);
        application = snapshot(mine);
        step = stepName == null ? resumeStep(application) : parse(stepName, resumeStep(application));
        content = mine.content();
        content.getAreas().forEach(area -> chosen.put(area, true));
        return null;
    }

    /**
     * A post of this page whose view no longer has its bean: the same form sent again after it had led to another
     * page (a submit replayed by the browser's resend or back button, a double click after the redirect), whose view
     * scope Faces cleared on leaving. Nothing of it was decoded, so nothing is saved: the page shows the application
     * as stored and says so, or that the call has closed.
     */
    private String replayed() {
        if (id == null) {
            return "/forum/apply/index.xhtml?faces-redirect=true";
        }
        ForumApplication mine = applications.mine(id);
        application = snapshot(mine);
        step = stepName == null ? resumeStep(application) : parse(stepName, resumeStep(application));
        content = mine.content();
        content.getAreas().forEach(area -> chosen.put(area, true));
        Notices.error(
                clock.instant().isBefore(application.getCallClosesAt())
                        ? "forum.application.sentAgain"
                        : "forum.application.windowClosed");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
        return null;
    }

    public String next() {
        syncAreas();
        List<ApplicationProblem> problems = ApplicationRules.check(content, step, currentYear());
        if (!problems.isEmpty()) {
            StepProblems.show(FORM, problems);
            keepChosenCv();
            return null;
        }
        return saveAndGo(step.next());
    }

    public String back() {
        syncAreas();
        return saveAndGo(step.previous());
    }

    public String saveDraft() {
        syncAreas();
        if (!save(step) || !keepChosenCv()) {
            return null;
        }
        Notices.info(isSubmitted() ? "forum.application.updated" : "forum.application.saved");
        return address(step);
    }

    public String submit() {
        syncAreas();
        if (!keepChosenCv()) {
            return null;
        }
        boolean wasSubmitted = isSubmitted();
        try {
            application = snapshot(applications.submit(id, content));
        } catch (InvalidApplicationException e) {
            step = StepProblems.firstWithProblem(content, e.getProblems(), currentYear(), step);
            StepProblems.show(FORM, e.getProblems());
            Notices.error(e);
            return null;
        }
        Notices.info(wasSubmitted ? "forum.application.updated" : "forum.application.submitted");
        return "/forum/apply/index.xhtml?faces-redirect=true";
    }

    /**
     * Attaches the PDF chosen on the motivation step, whichever button was pressed: a chosen file is never dropped
     * silently. If it cannot be kept, the applicant stays on the step with the reason beside the field.
     */
    private boolean keepChosenCv() {
        if (step == ApplicationStep.MOTIVATION
                && WizardPosts.arrivedWithoutUpload(
                        FacesContext.getCurrentInstance().getExternalContext().getRequestMap())) {
            Notices.info("forum.cv.notSentAsUpload");
        }
        if (cv == null || cv.getSize() == 0) {
            return true;
        }
        try {
            application = snapshot(applications.attachCv(id, cv.getSubmittedFileName(), content(cv)));
            Notices.info("forum.cv.attached");
            return true;
        } catch (BusinessException e) {
            // kept: the reason beside the field, "not kept" at the top, and the applicant stays on this step
            Notices.errorAt(FORM + ":cv", e.getMessageKey(), e.getArguments());
            Notices.error("forum.cv.notKept");
            return false;
        } finally {
            cv = null;
        }
    }

    private static byte[] content(Part file) {
        try (var in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The chosen file could not be read", e);
        }
    }

    /**
     * Saves and moves to the target step; if the chosen CV cannot be kept, saves what was written but stays on this
     * step (and resumes here), with the reason beside the file field.
     */
    private String saveAndGo(ApplicationStep target) {
        if (!keepChosenCv()) {
            save(step);
            return null;
        }
        return save(target) ? address(target) : null;
    }

    private boolean save(ApplicationStep resumeAt) {
        try {
            application = snapshot(applications.save(id, content, resumeAt));
            return true;
        } catch (InvalidApplicationException e) {
            StepProblems.show(FORM, e.getProblems());
            Notices.error(e);
        }
        return false;
    }

    private String address(ApplicationStep target) {
        return "/forum/apply/application.xhtml?faces-redirect=true&id=" + application.getId() + "&step="
                + target.name();
    }

    private WizardApplication snapshot(ForumApplication entity) {
        return WizardApplication.of(entity, clock.instant());
    }

    private static ApplicationStep resumeStep(WizardApplication application) {
        return parse(application.getWizardStep(), ApplicationStep.PERSONAL);
    }

    private static ApplicationStep parse(String name, ApplicationStep fallback) {
        for (ApplicationStep candidate : ApplicationStep.values()) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        return fallback;
    }

    private void syncAreas() {
        if (content != null) {
            content.setAreas(chosen.entrySet().stream()
                    .filter(e -> Boolean.TRUE.equals(e.getValue()))
                    .map(Map.Entry::getKey)
                    .sorted()
                    .toList());
        }
    }

    private int currentYear() {
        return clock.instant().atZone(clock.getZone()).getYear();
    }

    public boolean isEditable() {
        return application != null && application.isEditable();
    }

    public boolean isSubmitted() {
        return application != null && application.getStatus() == ApplicationStatus.SUBMITTED;
    }

    public int getStepNumber() {
        return step.ordinal() + 1;
    }

    public int getStepCount() {
        return ApplicationStep.values().length;
    }

    public ApplicationStep[] getSteps() {
        return ApplicationStep.values();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public ApplicantCapacity[] getCapacities() {
        return ApplicantCapacity.values();
    }

    public ExpertiseArea[] getAllAreas() {
        return ExpertiseArea.values();
    }

    public ApplicationStep getStep() {
        return step;
    }

    public Map<ExpertiseArea, Boolean> getChosen() {
        return chosen;
    }

    public WizardApplication getApplication() {
        return application;
    }

    public ApplicationContent getContent() {
        return content;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public String getStepName() {
        return stepName;
    }

    public void setStepName(String stepName) {
        this.stepName = stepName;
    }

    /**
     * The applicant's own CV as a download. The id is the view parameter as posted; the boundary refuses an
     * application that is not the caller's own (404), so a forged id reveals nothing.
     */
    public StreamedContent downloadCv() {
        ApplicationCv file = applications.myCv(id == null ? -1 : id);
        return Downloads.pdf(file.getFileName(), file.getContent());
    }

    public Part getCv() {
        return cv;
    }

    public void setCv(Part cv) {
        this.cv = cv;
    }
}
