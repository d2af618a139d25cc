package fi.cocreate.consultation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import fi.cocreate.consultation.control.ThemeModelCache.Fingerprint;
import fi.cocreate.consultation.entity.Theme;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ThemeModelCacheTest {

    private final AtomicInteger trainings = new AtomicInteger();

    private ThemeClassifier train() {
        trainings.incrementAndGet();
        return ThemeClassifier.train(Theme.seed(), List.of());
    }

    @Test
    void aModelIsTrainedOnceWhileTheCodesStayTheSameAndAgainWhenTheyChange() {
        ThemeModelCache cache = new ThemeModelCache(4);
        Fingerprint codes = new Fingerprint(3, 12, 1, 5);
        ThemeClassifier first = cache.model(1, codes, this::train);
        assertSame(first, cache.model(1, new Fingerprint(3, 12, 1, 5), this::train));
        assertEquals(1, trainings.get());
        cache.model(1, new Fingerprint(3, 12, 2, 11), this::train); // one more rejection
        cache.model(1, new Fingerprint(3, 14, 2, 11), this::train); // a tag removed and another added
        assertEquals(3, trainings.get());
    }

    @Test
    void atMostTheCapacityIsKeptAndTheLeastRecentlyUsedGoesFirst() {
        ThemeModelCache cache = new ThemeModelCache(2);
        Fingerprint codes = new Fingerprint(1, 1, 0, 0);
        cache.model(1, codes, this::train);
        cache.model(2, codes, this::train);
        cache.model(1, codes, this::train); // 1 used again: 2 is now the eldest
        cache.model(3, codes, this::train);
        assertEquals(2, cache.size());
        assertEquals(3, trainings.get());
        cache.model(1, codes, this::train);
        assertEquals(3, trainings.get());
        cache.model(2, codes, this::train);
        assertEquals(4, trainings.get());
    }
}
