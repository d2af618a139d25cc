package fi.cocreate.forum.panel.web;

import fi.cocreate.common.Found;
import fi.cocreate.forum.boundary.ApplicationReviews;
import fi.cocreate.forum.entity.ForumApplication;
import fi.cocreate.forum.panel.boundary.PanelReviews;
import fi.cocreate.forum.panel.boundary.Panels;
import fi.cocreate.forum.panel.boundary.ReviewedApplication;
import fi.cocreate.forum.panel.entity.DiscussionPost;
import fi.cocreate.forum.panel.entity.RubricCriterion;
import fi.cocreate.forum.panel.entity.ScoreSheet;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Staff look at one application's submitted scores and take part in its discussion. */
@Named
@ViewScoped
public class StaffDiscussion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PanelReviews reviews;

    @Inject
    Panels panels;

    @Inject
    ApplicationReviews applicationReviews;

    private Long applicationId;
    private ForumApplication application;
    private ReviewedApplication view;
    private List<RubricCriterion> criteria;
    private List<ScoreSheet> sheets;
    private List<DiscussionPost> posts;
    private String message;

    public void load() {
        Found.found(applicationId, "panel.application.notFound"); // no id in the address: the 404 page
        application = applicationReviews.viewForReview(applicationId);
        view = ReviewedApplication.open(application);
        criteria = panels.rubric(application.getCall().getId());
        refresh();
    }

    private void refresh() {
        sheets = reviews.othersScores(applicationId);
        posts = reviews.discussion(applicationId);
    }

    public void post() {
        reviews.post(applicationId, message);
        message = null;
        refresh();
    }

    /** The application as the include shows it: staff always see who applied. */
    public ReviewedApplication getView() {
        return view;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    public ForumApplication getApplication() {
        return application;
    }

    public List<RubricCriterion> getCriteria() {
        return criteria;
    }

    public List<ScoreSheet> getSheets() {
        return sheets;
    }

    public List<DiscussionPost> getPosts() {
        return posts;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
