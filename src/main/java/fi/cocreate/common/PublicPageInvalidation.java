package fi.cocreate.common;

import fi.cocreate.common.web.PublicPageCache;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Tells the {@link PublicPageCache} that the data has changed whenever EclipseLink writes something a public page can
 * show: at every insert, update, delete or bulk statement, and again when the unit of work that wrote is released after its transaction ended (a
 * page rendered between the statement and the commit read the old data, and its copy must not outlive the commit).
 * Registered through the persistence unit's session customizer, {@link PersistenceSetup}.
 */
public class PublicPageInvalidation implements SessionCustomizer {

    private static final ThreadLocal<Boolean> WROTE = new ThreadLocal<>();

    @Override
    public void customize(Session session) {
        session.getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void postExecuteQuery(SessionEvent event) {
                if (event.getQuery() != null
                        && event.getQuery().isModifyQuery()
                        && showsPublicly(event.getQuery().getReferenceClass())) {
                    WROTE.set(Boolean.TRUE);
                    PublicPageCache.changed();
                }
            }

            @Override
            public void postCommitTransaction(SessionEvent event) {
                afterTransaction();
            }

            @Override
            public void postRollbackTransaction(SessionEvent event) {
                afterTransaction();
            }

            @Override
            public void postReleaseUnitOfWork(SessionEvent event) {
                afterTransaction();
            }
        });
    }

    /**
     * Whether a write to this entity can change a public page: anything but the outbox, the audit log, accounts and
     * their links, and subscriptions, which no public page shows (a native statement, with no entity, always can).
     */
    static boolean showsPublicly(Class<?> entity) {
        if (entity == null) {
            return true;
        }
        String name = entity.getName();
        return !(name.startsWith("fi.cocreate.mail.")
                || name.startsWith("fi.cocreate.audit.")
                || name.startsWith("fi.cocreate.identity.")
                || name.startsWith("fi.cocreate.subscription."));
    }

    private static void afterTransaction() {
        if (WROTE.get() != null) {
            WROTE.remove();
            PublicPageCache.changed();
        }
    }
}
