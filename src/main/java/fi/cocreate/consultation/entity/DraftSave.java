package fi.cocreate.consultation.entity;

import java.util.List;

/**
 * What one save of a response did: the version it wrote, the answers it kept aside because a colleague had changed
 * them since the page showed them (each to be persisted and shown beside the colleague's), and whether it submitted.
 * A save with conflicts never submits.
 */
public record DraftSave(ResponseVersion version, List<AnswerConflict> conflicts, boolean submitted) {

    public DraftSave {
        conflicts = List.copyOf(conflicts);
    }

    public boolean hasConflicts() {
        return !conflicts.isEmpty();
    }
}
