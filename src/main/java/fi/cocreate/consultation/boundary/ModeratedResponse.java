package fi.cocreate.consultation.boundary;

import fi.cocreate.consultation.control.RedactedText;
import fi.cocreate.consultation.entity.AnswerRedaction;
import fi.cocreate.consultation.entity.ModerationState;
import fi.cocreate.consultation.entity.Passage;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.ThemeTag;
import java.util.List;
import java.util.Map;

/**
 * A submitted response as staff moderate it: its state, the reason, tags and passages, and what staff removed from
 * the public text: {@code redactedText} is a whole-response replacement (null unless there is one),
 * {@code redactions} every redaction, and {@code publicAnswers} what the public sees of each answer, by question id.
 */
public record ModeratedResponse(
        Response response,
        ModerationState state,
        String hiddenReason,
        String redactedText,
        List<ThemeTag> tags,
        List<Passage> passages,
        boolean visibleToPublic,
        long moderationVersion,
        List<AnswerRedaction> redactions,
        Map<Long, RedactedText> publicAnswers) {

    /** The {@link #moderationVersion} of a response nobody has moderated yet. */
    public static final long NOT_MODERATED = -1;

    public List<ThemeTag> responseTags() {
        return tags.stream().filter(t -> t.getPassage() == null).toList();
    }

    public List<ThemeTag> tagsOf(Passage passage) {
        return tags.stream()
                .filter(t -> t.getPassage() != null && t.getPassage().getId().equals(passage.getId()))
                .toList();
    }
}
