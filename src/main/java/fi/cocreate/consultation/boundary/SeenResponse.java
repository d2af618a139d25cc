package fi.cocreate.consultation.boundary;

import fi.cocreate.consultation.entity.Answer;
import fi.cocreate.consultation.entity.Response;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * What a respond page showed when it opened, kept by the page (never the entity) and passed back with a save: whether
 * the response existed, which version was submitted, and the revision of each answer by question id. The boundary
 * compares it with what is stored now, answer by answer.
 */
public record SeenResponse(boolean started, Integer submittedVersion, Map<Long, Integer> answerRevisions)
        implements Serializable {

    public SeenResponse {
        answerRevisions = Map.copyOf(answerRevisions);
    }

    /** What a page shows of {@code response} (null: the organisation had not started one). */
    public static SeenResponse of(Response response) {
        if (response == null) {
            return new SeenResponse(false, null, Map.of());
        }
        Map<Long, Integer> revisions = new HashMap<>();
        for (Answer answer : response.latestVersion().getAnswers()) {
            revisions.put(answer.getQuestion().getId(), answer.getRevision());
        }
        return new SeenResponse(true, response.getSubmittedVersion(), revisions);
    }

    /** The same, having now seen the answer to {@code questionId} at {@code revision} (a conflict shown). */
    public SeenResponse seeing(long questionId, int revision) {
        Map<Long, Integer> revisions = new HashMap<>(answerRevisions);
        revisions.put(questionId, revision);
        return new SeenResponse(true, submittedVersion, revisions);
    }
}
