package fi.cocreate.forum.web;

import fi.cocreate.common.web.Downloads;
import fi.cocreate.common.web.Notices;
import fi.cocreate.forum.boundary.ForumApplications;
import fi.cocreate.forum.boundary.ForumPersonalData;
import fi.cocreate.forum.entity.ApplicationStatus;
import fi.cocreate.forum.entity.ForumApplication;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * The applicant's own page: each application with its status, and what they can do with it (continue, withdraw,
 * erase their data), plus a download of everything stored about them.
 */
@Named
@ViewScoped
public class MyApplications implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ForumApplications applications;

    @Inject
    ForumPersonalData personalData;

    @Inject
    Clock clock;

    private List<ForumApplication> all;

    @PostConstruct
    void load() {
        all = applications.mine(); // the page is for applicants only (web.xml), so mine() has its caller
    }

    public void withdraw(long id) {
        applications.withdraw(id);
        Notices.info("forum.application.withdrawn");
        load();
    }

    public void erase(long id) {
        ForumApplication application = personalData.requestErasure(id);
        Notices.info(application.isErased() ? "forum.application.erased" : "forum.application.erasureRequested");
        load();
    }

    /** Everything stored about the applicant's applications, as a JSON file. */
    public StreamedContent downloadExport() {
        byte[] json = personalData.exportMine().getBytes(StandardCharsets.UTF_8);
        return Downloads.file("my-forum-applications.json", "application/json;charset=UTF-8", json);
    }

    public boolean canEdit(ForumApplication application) {
        return application.isEditableAt(clock.instant());
    }

    public boolean canWithdraw(ForumApplication application) {
        ApplicationStatus status = application.getStatus();
        return !application.isErased() && (status == ApplicationStatus.DRAFT || status.isInSelection());
    }

    public boolean canErase(ForumApplication application) {
        return !application.isErased() && application.getErasureRequestedAt() == null;
    }

    public List<ForumApplication> getAll() {
        return all;
    }
}
