package fi.cocreate.consultation.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * How much of the feedback a summary covers: of the responses staff accepted (as they are or redacted), how many a
 * statement cites, and the first ones and passages not cited yet (at most {@link #LISTED} of each, so the editor
 * opens as fast for 5,000 responses as for 5).
 */
public record SummaryCoverage(
        long accepted,
        long cited,
        List<Uncited> uncitedResponses,
        long uncitedPassages,
        List<Uncited> firstUncitedPassages)
        implements Serializable {

    public static final int LISTED = 50;

    /** A response, or a passage of one ({@code quote} not null), that no statement cites yet. */
    public record Uncited(long responseId, Long passageId, String organisation, String quote) implements Serializable {}

    public long uncited() {
        return accepted - cited;
    }

    /** The share of accepted responses cited, 0–1 (1 when nothing was accepted: there is nothing to cover). */
    public double share() {
        return accepted == 0 ? 1.0 : (double) cited / accepted;
    }

    public boolean isComplete() {
        return cited >= accepted;
    }
}
