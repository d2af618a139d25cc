package fi.cocreate.forum.panel.web;

import fi.cocreate.common.Found;
import fi.cocreate.common.web.Downloads;
import fi.cocreate.common.web.Notices;
import fi.cocreate.forum.entity.ApplicationCv;
import fi.cocreate.forum.panel.boundary.PanelReviews;
import fi.cocreate.forum.panel.boundary.ReviewedApplication;
import fi.cocreate.forum.panel.entity.DiscussionPost;
import fi.cocreate.forum.panel.entity.RubricCriterion;
import fi.cocreate.forum.panel.entity.ScoreSheet;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/**
 * A panellist scores one application: the application, the rubric with its level descriptors, their own draft or
 * submitted score, a conflict-of-interest declaration, and, once they have submitted, the others' scores and the
 * discussion. The boundary decides what may be shown; a refusal is a 403.
 */
@Named
@ViewScoped
public class Review implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PanelReviews reviews;

    private Long applicationId;
    private ReviewedApplication application;
    private List<RubricCriterion> criteria;
    private ScoreSheet sheet;
    private List<ScoreSheet> others = List.of();
    private List<DiscussionPost> posts = List.of();
    private final Map<Long, Integer> values = new HashMap<>();
    private String comment;
    private String conflictReason;
    private String message;

    public void load() {
        Found.found(applicationId, "panel.application.notFound"); // no id in the address: the 404 page
        application = reviews.open(applicationId);
        criteria = reviews.rubric(applicationId);
        refreshScores();
        if (sheet != null) {
            values.putAll(sheet.getValues());
            comment = sheet.getComment();
        }
    }

    private void refreshScores() {
        sheet = reviews.mySheet(applicationId).orElse(null);
        if (isSubmitted()) {
            others = reviews.othersScores(applicationId);
            posts = reviews.discussion(applicationId);
        }
    }

    public void saveDraft() {
        reviews.saveDraft(applicationId, values, comment);
        Notices.info("panel.score.draftSaved");
        refreshScores();
    }

    public void submit() {
        reviews.submit(applicationId, values, comment);
        Notices.info("panel.score.submitted");
        refreshScores();
    }

    public String declareConflict() {
        reviews.declareConflict(applicationId, conflictReason);
        Notices.info("panel.conflict.declared");
        return "/forum/panel/index.xhtml?faces-redirect=true";
    }

    public void post() {
        reviews.post(applicationId, message);
        message = null;
        refreshScores();
    }

    /** The application's CV as a download; the boundary checks the assignment and records the view. */
    public StreamedContent cv() {
        ApplicationCv cv = reviews.cv(applicationId);
        return Downloads.pdf(cv.getFileName(), cv.getContent());
    }

    public boolean isSubmitted() {
        return sheet != null && sheet.isSubmitted();
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    public ReviewedApplication getApplication() {
        return application;
    }

    public List<RubricCriterion> getCriteria() {
        return criteria;
    }

    public ScoreSheet getSheet() {
        return sheet;
    }

    public List<ScoreSheet> getOthers() {
        return others;
    }

    public List<DiscussionPost> getPosts() {
        return posts;
    }

    public Map<Long, Integer> getValues() {
        return values;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getConflictReason() {
        return conflictReason;
    }

    public void setConflictReason(String conflictReason) {
        this.conflictReason = conflictReason;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
