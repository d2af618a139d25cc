package fi.cocreate.consultation.boundary;

import fi.cocreate.consultation.control.ThemeModelCache;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one cache of trained theme models on this server (see {@link ThemeModelCache}): a model per consultation, at
 * most {@value #CAPACITY} consultations, retrained when its codes changed.
 */
@ApplicationScoped
public class ThemeModels {

    static final int CAPACITY = 32;

    private final ThemeModelCache cache = new ThemeModelCache(CAPACITY);

    ThemeModelCache cache() {
        return cache;
    }
}
