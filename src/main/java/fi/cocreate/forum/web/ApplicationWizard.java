package fi.cocreate.forum.web;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.web.LocaleSelection;
import fi.cocreate.common.web.Notices;
import fi.cocreate.forum.boundary.ForumApplications;
import fi.cocreate.forum.boundary.InvalidApplicationException;
import fi.cocreate.forum.control.ApplicationProblem;
import fi.cocreate.forum.control.ApplicationRules;
import fi.cocreate.forum.control.ApplicationStep;
import fi.cocreate.forum.entity.ApplicantCapacity;
import fi.cocreate.forum.entity.ApplicationContent;
import fi.cocreate.forum.entity.ApplicationStatus;
import fi.cocreate.forum.entity.ExpertiseArea;
import fi.cocreate.forum.entity.ForumApplication;
import fi.cocreate.forum.entity.Gender;
import fi.cocreate.identity.web.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/**
 * The application form as steps: each step is checked before the applicant moves on and the draft is saved on the
 * way, so nothing is lost between sessions. The last step submits the whole application, which the boundary checks
 * again at the server's time.
 */
@Named("wizard")
@ViewScoped
public class ApplicationWizard implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "wizard";

    @Inject
    ForumApplications applications;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    Clock clock;

    private Long id;
    private Long callId;
    private ForumApplication application;
    private ApplicationContent content;
    private final Map<ExpertiseArea, Boolean> chosen = new EnumMap<>(ExpertiseArea.class);
    private ApplicationStep step = ApplicationStep.PERSONAL;
    private transient UploadedFile cv;

    public void load() {
        if (application != null) {
            return;
        }
        application = id != null ? applications.mine(id, currentUser.getEmail())
                : applications.startOrResume(callId == null ? -1 : callId, currentUser.getEmail(),
                        localeSelection.getLanguage());
        id = application.getId();
        content = application.content();
        content.getAreas().forEach(area -> chosen.put(area, true));
    }

    public void next() {
        syncAreas();
        List<ApplicationProblem> problems = ApplicationRules.check(content, step, currentYear());
        if (!problems.isEmpty()) {
            StepProblems.show(FORM, problems);
            return;
        }
        if (save()) {
            step = step.next();
        }
    }

    public void back() {
        syncAreas();
        step = step.previous();
    }

    public void saveDraft() {
        syncAreas();
        if (save()) {
            Notices.info(isSubmitted() ? "forum.application.updated" : "forum.application.saved");
        }
    }

    public void uploadCv() {
        if (cv == null || cv.getSize() == 0) {
            Notices.errorAt(FORM + ":cv", "forum.cv.empty");
            return;
        }
        try {
            application = applications.attachCv(id, cv.getFileName(), cv.getContent(), currentUser.getEmail());
            Notices.info("forum.cv.attached");
        } catch (BusinessException e) {
            Notices.errorAt(FORM + ":cv", e.getMessageKey(), e.getArguments());
        }
    }

    public String submit() {
        syncAreas();
        boolean wasSubmitted = isSubmitted();
        try {
            application = applications.submit(id, content, currentUser.getEmail());
        } catch (InvalidApplicationException e) {
            step = StepProblems.firstWithProblem(content, e.getProblems(), currentYear(), step);
            StepProblems.show(FORM, e.getProblems());
            Notices.error(e);
            return null;
        } catch (BusinessException e) {
            Notices.error(e);
            return null;
        }
        Notices.info(wasSubmitted ? "forum.application.updated" : "forum.application.submitted");
        return "/forum/apply/index.xhtml?faces-redirect=true";
    }

    private boolean save() {
        try {
            application = applications.save(id, content, currentUser.getEmail());
            return true;
        } catch (InvalidApplicationException e) {
            StepProblems.show(FORM, e.getProblems());
            Notices.error(e);
        } catch (BusinessException e) {
            Notices.error(e);
        }
        return false;
    }

    private void syncAreas() {
        if (content != null) {
            content.setAreas(chosen.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                    .map(Map.Entry::getKey).sorted().toList());
        }
    }

    private int currentYear() {
        return clock.instant().atZone(clock.getZone()).getYear();
    }

    public boolean isEditable() {
        return application != null && application.isEditableAt(clock.instant());
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

    public ForumApplication getApplication() {
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

    public UploadedFile getCv() {
        return cv;
    }

    public void setCv(UploadedFile cv) {
        this.cv = cv;
    }
}
