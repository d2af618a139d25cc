package fi.cocreate.consultation.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The trained theme models of the most recently used consultations, at most {@code capacity} of them (least recently
 * used dropped first). Each model is kept with the fingerprint of the codes it learnt from (how many theme tags and
 * rejections, and the sum of their ids, read by two aggregate queries); when the fingerprint the caller reads now
 * differs, the codes changed (on this server or another) and the model is trained again. Training runs outside the
 * lock: two requests may both train a changed consultation, and the later one's model is kept.
 */
public final class ThemeModelCache {

    /** What the codes of a consultation were when its model was trained. */
    public record Fingerprint(long tags, long tagIdSum, long rejections, long rejectionIdSum) {}

    private record Entry(Fingerprint fingerprint, ThemeClassifier model) {}

    private final Map<Long, Entry> entries;

    public ThemeModelCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity: " + capacity);
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The consultation's model for the codes as they are now, trained by {@code train} when missing or stale. */
    public ThemeClassifier model(long consultationId, Fingerprint now, Supplier<ThemeClassifier> train) {
        Objects.requireNonNull(now);
        synchronized (entries) {
            Entry cached = entries.get(consultationId);
            if (cached != null && cached.fingerprint().equals(now)) {
                return cached.model();
            }
        }
        ThemeClassifier model = train.get();
        synchronized (entries) {
            entries.put(consultationId, new Entry(now, model));
        }
        return model;
    }

    /** How many models are kept. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
