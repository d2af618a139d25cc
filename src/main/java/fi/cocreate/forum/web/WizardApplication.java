package fi.cocreate.forum.web;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.forum.entity.ApplicationStatus;
import fi.cocreate.forum.entity.ForumApplication;
import java.io.Serializable;
import java.time.Instant;

/**
 * What the wizard shows of the application besides the form: a serializable copy taken after each load and save, so the
 * view-scoped wizard keeps no entity.
 */
public final class WizardApplication implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final ApplicationStatus status;
    private final boolean editable;
    private final boolean cvAttached;
    private final String cvFileName;
    private final LocalizedText callTitle;
    private final Instant callClosesAt;
    private final String wizardStep;

    private WizardApplication(ForumApplication application, Instant now) {
        id = application.getId();
        status = application.getStatus();
        editable = application.isEditableAt(now);
        cvAttached = application.isCvAttached();
        cvFileName = application.getCvFileName();
        callTitle = application.getCall().getTitle();
        callClosesAt = application.getCall().getClosesAt();
        wizardStep = application.getWizardStep();
    }

    /** The application as it is now; {@code editable} is judged at {@code now}. */
    static WizardApplication of(ForumApplication application, Instant now) {
        return new WizardApplication(application, now);
    }

    public long getId() {
        return id;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public boolean isEditable() {
        return editable;
    }

    public boolean isCvAttached() {
        return cvAttached;
    }

    public String getCvFileName() {
        return cvFileName;
    }

    public LocalizedText getCallTitle() {
        return callTitle;
    }

    public Instant getCallClosesAt() {
        return callClosesAt;
    }

    public String getWizardStep() {
        return wizardStep;
    }
}
