package fi.cocreate.consultation.boundary;

import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationEvent;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
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
        return em.createQuery(
                        "select c from Consultation c where c.publishedAt is not null and c.window.opensAt <= :now and c.window.closesAt > :now"
                                + " order by c.window.closesAt",
                        Consultation.class)
                .setParameter("now", clock.instant())
                .getResultList();
    }

    /** Events that have not ended yet, the soonest first. */
    public List<ConsultationEvent> upcomingEvents() {
        Instant now = clock.instant();
        readEventsConsultationsFirst(now);
        return em.createQuery(
                        "select e from ConsultationEvent e join fetch e.consultation c"
                                + " where c.publishedAt is not null and e.window.closesAt > :now order by e.window.opensAt",
                        ConsultationEvent.class)
                .setParameter("now", now)
                .getResultList();
    }

    /** Every event, newest first, for the API. */
    public List<ConsultationEvent> allEvents() {
        readEventsConsultationsFirst(null);
        return em.createQuery(
                        "select e from ConsultationEvent e join fetch e.consultation c"
                                + " where c.publishedAt is not null order by e.window.opensAt desc",
                        ConsultationEvent.class)
                .getResultList();
    }

    /**
     * A consultation's themes and target groups are eager collections, which EclipseLink reads one consultation at a
     * time when the consultation comes in through an event's join. The events' published consultations (of the events
     * that end after {@code endsAfter}, or of all events when it is null) are therefore read first by a query of their
     * own, whose {@code @BatchFetch} reads each collection for all of them in one statement; the events' query then
     * finds them in the persistence context.
     */
    private void readEventsConsultationsFirst(Instant endsAfter) {
        var query = em.createQuery(
                "select c from Consultation c where c.publishedAt is not null and exists (select e.id"
                        + " from ConsultationEvent e where e.consultation = c"
                        + (endsAfter == null ? "" : " and e.window.closesAt > :now")
                        + ")",
                Consultation.class);
        if (endsAfter != null) {
            query.setParameter("now", endsAfter);
        }
        query.getResultList();
    }

    public List<Consultation> all() {
        List<Consultation> all = em.createNamedQuery(Consultation.ALL, Consultation.class).getResultList().stream()
                .filter(Consultation::isPublished)
                .toList();
        all.forEach(c -> c.getEvents().size());
        return all;
    }
}
