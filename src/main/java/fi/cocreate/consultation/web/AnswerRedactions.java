package fi.cocreate.consultation.web;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.Moderation;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The redaction section of the moderation page: staff remove a passage of one answer, or replace one answer, with
 * the reason, and withdraw a redaction. The response, its redactions and what the public sees come from the page's
 * {@link ResponseModerator}, which this section tells after each change.
 */
@Named
@ViewScoped
public class AnswerRedactions implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Remove a passage, or replace the whole answer. */
    public enum Mode {
        PASSAGE,
        ANSWER
    }

    @Inject
    Moderation moderation;

    @Inject
    ResponseModerator page;

    private Mode mode = Mode.PASSAGE;
    private Long questionId;
    private String passage;
    private String replacement;
    private String reason;

    public void redact() {
        if (questionId == null) {
            throw new BusinessException("redaction.noAnswer").about("question");
        }
        if (mode == Mode.ANSWER) {
            moderation.redactAnswer(page.getId(), questionId, replacement, reason, page.getSeenVersion());
        } else {
            moderation.redactPassage(page.getId(), questionId, passage, reason, page.getSeenVersion());
        }
        passage = null;
        replacement = null;
        reason = null;
        Notices.info("redaction.saved");
        page.changedOnThisPage();
    }

    public void withdraw(long redactionId) {
        moderation.withdrawRedaction(page.getId(), redactionId, page.getSeenVersion());
        Notices.info("redaction.withdrawn");
        page.changedOnThisPage();
    }

    public List<ModerationSheet.Redaction> getRedactions() {
        return page.getModerated().redactions();
    }

    public Mode[] getModes() {
        return Mode.values();
    }

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode == null ? Mode.PASSAGE : mode;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public void setQuestionId(Long questionId) {
        this.questionId = questionId;
    }

    public String getPassage() {
        return passage;
    }

    public void setPassage(String passage) {
        this.passage = passage;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
