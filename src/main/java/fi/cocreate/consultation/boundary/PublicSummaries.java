package fi.cocreate.consultation.boundary;

import fi.cocreate.consultation.entity.ConsultationSummary;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import fi.cocreate.consultation.entity.Citation;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ModerationState;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.ResponseModeration;
import java.time.Instant;
import org.eclipse.persistence.config.QueryHints;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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

    @Inject
    Campaigns campaigns;

    public List<ConsultationSummary> published() {
        // A consultation's themes and target groups are eager collections, which EclipseLink reads one consultation
        // at a time when the consultation comes in through another entity. Read the consultations first by a query
        // of their own (its @BatchFetch reads each collection for all of them in one statement); the summaries then
        // find them in the persistence context.
        em.createQuery("select c from Consultation c where c.id in (select s.consultation.id"
                + " from ConsultationSummary s where s.publishedAt is not null)", Consultation.class).getResultList();
        List<ConsultationSummary> summaries = em.createNamedQuery(ConsultationSummary.PUBLISHED,
                ConsultationSummary.class).setHint(QueryHints.FETCH, "s.consultation").getResultList();
        summaries.forEach(s -> s.getConsultation().getTitle());
        return summaries;
    }

    public Set<Long> consultationsWithPublishedSummary() {
        return new HashSet<>(em.createQuery("select s.consultation.id from ConsultationSummary s"
                + " where s.publishedAt is not null", Long.class).getResultList());
    }

    /** The published summary with its citations of public responses; empty if none is published. */
    public Optional<PublishedSummary> of(long consultationId) {
        return summaryOf(consultationId).map(summary -> {
            // Only the cited responses are read: first the citations with their responses, organisations and
            // passages in one statement, then those responses' moderations in one more.
            List<Citation> cited = em.createQuery("select c from Citation c left join fetch c.passage"
                    + " where c.statement.summary.id = :summary order by c.id", Citation.class)
                    .setHint(QueryHints.FETCH, "c.response").setHint(QueryHints.FETCH, "c.response.organisation")
                    .setParameter("summary", summary.getId()).getResultList();
            Map<Long, ResponseModeration> publicOnes = new HashMap<>();
            Instant lastModified = summary.getPublishedAt();
            for (ResponseModeration m : em.createQuery("select m from ResponseModeration m join fetch m.response r"
                    + " where r.id in (select c.response.id from Citation c where c.statement.summary.id = :summary)",
                    ResponseModeration.class).setParameter("summary", summary.getId()).getResultList()) {
                if (m.getModeratedAt().isAfter(lastModified)) {
                    lastModified = m.getModeratedAt();
                }
                if (m.isPublic()) {
                    publicOnes.put(m.getResponse().getId(), m);
                }
            }
            Map<Long, List<PublicCitation>> citations = new HashMap<>();
            // A campaign counts once per statement (and quote), with its number of senders.
            Map<Long, Campaigns.Senders> campaignOf = campaigns.campaignsOf(publicOnes.keySet());
            Set<String> campaignsCited = new HashSet<>();
            for (Citation c : cited) {
                ResponseModeration moderation = publicOnes.get(c.getResponse().getId());
                if (moderation == null) {
                    continue; // not public: never shown, not even as a name
                }
                String quote = c.getPassage() == null || moderation.getState() == ModerationState.REDACTED ? null
                        : c.getPassage().getQuote();
                Campaigns.Senders campaign = campaignOf.get(c.getResponse().getId());
                if (campaign != null && !campaignsCited.add(c.getStatement().getId() + "|" + campaign.campaignId()
                        + "|" + quote)) {
                    continue;
                }
                citations.computeIfAbsent(c.getStatement().getId(), k -> new ArrayList<>()).add(new PublicCitation(
                        c.getResponse().getId(), c.getResponse().getOrganisation().getName(),
                        c.getResponse().getOrganisation().getType(), quote, campaign == null ? 0 : campaign.count(),
                        c.getResponse().getOrganisation().isVerified()));
            }
            return new PublishedSummary(summary, citations, lastModified);
        });
    }

    /** A response if, and only if, it is public (see {@code PublicVisibility}); redacted ones show only the redaction. */
    public Optional<PublicResponse> response(long responseId) {
        return em.createQuery("select m from ResponseModeration m where m.response.id = :r", ResponseModeration.class)
                .setParameter("r", responseId).getResultStream().filter(ResponseModeration::isPublic).findFirst()
                .map(PublicSummaries::toPublic);
    }

    /** Every public response of a consultation, by organisation name. */
    public List<PublicResponse> responses(long consultationId) {
        return publicModerations(consultationId).values().stream().map(PublicSummaries::toPublic)
                .sorted(java.util.Comparator.comparing(PublicResponse::organisation)).toList();
    }

    private Map<Long, ResponseModeration> publicModerations(long consultationId) {
        Map<Long, ResponseModeration> result = new HashMap<>();
        em.createQuery("select m from ResponseModeration m join fetch m.response r join fetch r.organisation"
                + " where r.consultation.id = :consultation", ResponseModeration.class)
                .setParameter("consultation", consultationId).getResultStream().filter(ResponseModeration::isPublic)
                .forEach(m -> result.put(m.getResponse().getId(), m));
        return result;
    }

    private static PublicResponse toPublic(ResponseModeration m) {
        Response r = m.getResponse();
        boolean redacted = m.getState() == ModerationState.REDACTED;
        List<PublicResponse.PublicAnswer> answers = redacted ? List.of()
                : r.submittedVersion().map(v -> v.getAnswers().stream()
                        .filter(a -> a.getText() != null && !a.getText().isBlank())
                        .map(a -> new PublicResponse.PublicAnswer(a.getQuestion().getPosition(),
                                a.getQuestion().getText(), a.getText()))
                        .sorted(java.util.Comparator.comparingInt(PublicResponse.PublicAnswer::position)).toList())
                        .orElse(List.of());
        return new PublicResponse(r.getId(), r.getConsultation().getId(), r.getConsultation().getTitle(),
                r.getOrganisation().getName(), r.getOrganisation().getType(), r.getSubmittedAt(),
                redacted ? m.getRedactedText() : null, answers, r.getOrganisation().isVerified(), r.isLate());
    }

    private Optional<ConsultationSummary> summaryOf(long consultationId) {
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
