package fi.cocreate.common;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * The persistence unit's session customizer (persistence.xml): the column convention for localized texts
 * ({@link LocalizedTextColumns}) and the public pages' invalidation on writes ({@link PublicPageInvalidation}).
 */
public class PersistenceSetup implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        LocalizedTextColumns.apply(session);
        new PublicPageInvalidation().customize(session);
    }
}
