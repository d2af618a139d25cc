package fi.cocreate.forum.web;

import fi.cocreate.common.web.Downloads;
import fi.cocreate.common.web.Notices;
import fi.cocreate.forum.boundary.ApplicationReviews;
import fi.cocreate.forum.boundary.ForumPersonalData;
import fi.cocreate.forum.entity.ApplicationCv;
import fi.cocreate.forum.entity.ApplicationView;
import fi.cocreate.forum.entity.ForumApplication;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;

/** Staff open one application (recorded), see who else has seen it, and download its CV (recorded too). */
@Named
@ViewScoped
public class ApplicationReview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationReviews reviews;

    @Inject
    ForumPersonalData personalData;

    private Long id;
    private ForumApplication application;
    private List<ApplicationView> views = List.of();

    public void load() {
        if (application != null) {
            return;
        }
        application = reviews.viewForReview(id == null ? -1 : id);
        views = reviews.viewsOf(application.getId());
    }

    public void erase() {
        application = personalData.eraseOnRequest(application.getId());
        Notices.info("forum.application.erased");
    }

    /** The applicant's CV for staff, read when staff press the download button (each view audited). */
    public StreamedContent downloadCv() {
        ApplicationCv cv = reviews.cvForReview(application.getId());
        return Downloads.pdf(cv.getFileName(), cv.getContent());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ForumApplication getApplication() {
        return application;
    }

    public List<ApplicationView> getViews() {
        return views;
    }
}
