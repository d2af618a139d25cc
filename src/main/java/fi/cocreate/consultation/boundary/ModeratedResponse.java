package fi.cocreate.consultation.boundary;

import fi.cocreate.consultation.entity.ModerationState;
import fi.cocreate.consultation.entity.Passage;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.ThemeTag;
import java.util.List;

/** A submitted response as staff moderate it: its state, the reason or redacted text, tags and passages. */
public record ModeratedResponse(Response response, ModerationState state, String hiddenReason, String redactedText,
        List<ThemeTag> tags, List<Passage> passages, boolean visibleToPublic, long moderationVersion) {

    /** The {@link #moderationVersion} of a response nobody has moderated yet. */
    public static final long NOT_MODERATED = -1;

    public List<ThemeTag> responseTags() {
        return tags.stream().filter(t -> t.getPassage() == null).toList();
    }

    public List<ThemeTag> tagsOf(Passage passage) {
        return tags.stream().filter(t -> t.getPassage() != null && t.getPassage().getId().equals(passage.getId()))
                .toList();
    }
}
