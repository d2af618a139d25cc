package fi.cocreate.consultation.boundary;

import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationEvent;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** What anyone may see without logging in: published consultations that are open, and their upcoming events. */
@Stateless
public class PublicConsultations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Consultations taking written feedback right now, the nearest deadline first. */
    public List<Consultation> open() {
        return em.createQuery("select c from Consultation c where c.publishedAt is not null and c.opensAt <= :now and c.deadline > :now"
                + " order by c.deadline", Consultation.class).setParameter("now", clock.instant()).getResultList();
    }

    /** Events that have not ended yet, the soonest first. */
    public List<ConsultationEvent> upcomingEvents() {
        return withConsultationsCollections(em.createQuery("select e from ConsultationEvent e join fetch e.consultation c"
                + " where c.publishedAt is not null and e.endsAt > :now order by e.startsAt", ConsultationEvent.class))
                .setParameter("now", clock.instant()).getResultList();
    }

    /** Every event, newest first, for the API. */
    public List<ConsultationEvent> allEvents() {
        return withConsultationsCollections(em.createQuery("select e from ConsultationEvent e join fetch e.consultation c"
                + " where c.publishedAt is not null order by e.startsAt desc", ConsultationEvent.class)).getResultList();
    }

    /**
     * The events' consultations come in through the join; without these hints EclipseLink would read each one's
     * themes and target groups one by one when a page or the API shows them (a consultation read first by this query
     * keeps this query's plain value holders, not the batch of a later consultation query).
     */
    private static <T> jakarta.persistence.TypedQuery<T> withConsultationsCollections(
            jakarta.persistence.TypedQuery<T> query) {
        return query.setHint(org.eclipse.persistence.config.QueryHints.BATCH_TYPE, "IN")
                .setHint(org.eclipse.persistence.config.QueryHints.BATCH, "e.consultation.themes")
                .setHint(org.eclipse.persistence.config.QueryHints.BATCH, "e.consultation.targetGroups");
    }

    public List<Consultation> all() {
        List<Consultation> all = em.createNamedQuery(Consultation.ALL, Consultation.class).getResultList().stream()
                .filter(Consultation::isPublished).toList();
        all.forEach(c -> c.getEvents().size());
        return all;
    }
}
