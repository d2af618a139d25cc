package fi.cocreate.consultation.boundary;

import fi.cocreate.consultation.entity.ConsultationSummary;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Published summaries as anyone may read them. A statement's citations are shown only for responses that are public
 * (see {@code PublicVisibility}); a hidden or non-consented response never leaves this boundary.
 */
@Stateless
public class PublicSummaries {

    @PersistenceContext
    EntityManager em;

    public List<ConsultationSummary> published() {
        List<ConsultationSummary> summaries = em.createNamedQuery(ConsultationSummary.PUBLISHED,
                ConsultationSummary.class).getResultList();
        summaries.forEach(s -> s.getConsultation().getTitle());
        return summaries;
    }

    public Set<Long> consultationsWithPublishedSummary() {
        return new HashSet<>(em.createQuery("select s.consultation.id from ConsultationSummary s"
                + " where s.publishedAt is not null", Long.class).getResultList());
    }

    /** The published summary of a consultation, with its statements; empty if none is published. */
    public Optional<ConsultationSummary> of(long consultationId) {
        Optional<ConsultationSummary> summary = em.createNamedQuery(ConsultationSummary.OF_CONSULTATION,
                ConsultationSummary.class).setParameter("consultation", consultationId).getResultStream()
                .filter(ConsultationSummary::isPublished).findFirst();
        summary.ifPresent(s -> {
            s.getStatements().size();
            s.getConsultation().getEvents().size();
        });
        return summary;
    }
}
