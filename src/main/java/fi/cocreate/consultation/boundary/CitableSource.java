package fi.cocreate.consultation.boundary;

import fi.cocreate.consultation.entity.ModerationState;

/**
 * A response, or a passage quoted from one, that a summary statement may cite: what the citation picker offers.
 * {@code quote} is null for a whole response; {@code state} is the response's moderation state.
 */
public record CitableSource(long responseId, Long passageId, String organisation, ModerationState state, String quote) {

    public boolean isPassage() {
        return passageId != null;
    }
}
