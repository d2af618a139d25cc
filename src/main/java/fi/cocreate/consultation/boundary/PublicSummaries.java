package fi.cocreate.consultation.boundary;

import fi.cocreate.consultation.control.RedactedText;
import fi.cocreate.consultation.entity.Citation;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationSummary;
import fi.cocreate.consultation.entity.Organisation;
import fi.cocreate.consultation.entity.Proposal;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.ResponseModeration;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.config.QueryHints;

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

    @Inject
    OwnThemes ownThemes;

    public List<ConsultationSummary> published() {
        // A consultation's themes and target groups are eager collections, which EclipseLink reads one consultation
        // at a time when the consultation comes in through another entity. Read the consultations first by a query
        // of their own (its @BatchFetch reads each collection for all of them in one statement); the summaries then
        // find them in the persistence context.
        em.createQuery(
                        "select c from Consultation c where c.id in (select s.consultation.id"
                                + " from ConsultationSummary s where s.publishedAt is not null)",
                        Consultation.class)
                .getResultList();
        List<ConsultationSummary> summaries = em.createNamedQuery(
                        ConsultationSummary.PUBLISHED, ConsultationSummary.class)
                .setHint(QueryHints.FETCH, "s.consultation")
                .getResultList();
        summaries.forEach(s -> s.getConsultation().getTitle());
        return summaries;
    }

    public Set<Long> consultationsWithPublishedSummary() {
        return new HashSet<>(em.createQuery(
                        "select s.consultation.id from ConsultationSummary s" + " where s.publishedAt is not null",
                        Long.class)
                .getResultList());
    }

    /**
     * The published summary with its citations of public responses and the answered proposals of public responses;
     * empty if none is published. A quote or proposal of an answer staff redacted shows what was removed marked.
     */
    public Optional<PublishedSummary> of(long consultationId) {
        return summaryOf(consultationId).map(summary -> {
            // Only the cited responses are read: first the citations with their responses, organisations (or events)
            // and passages in one statement, then those responses' moderations in one more.
            List<Citation> cited = em.createQuery(
                            "select c from Citation c left join fetch c.passage"
                                    + " where c.statement.summary.id = :summary order by c.id",
                            Citation.class)
                    .setHint(QueryHints.FETCH, "c.response")
                    .setHint(QueryHints.LEFT_FETCH, "c.response.organisation")
                    .setHint(QueryHints.LEFT_FETCH, "c.response.event")
                    .setParameter("summary", summary.getId())
                    .getResultList();
            List<Proposal> proposals = em.createNamedQuery(Proposal.ANSWERED_OF_CONSULTATION, Proposal.class)
                    .setParameter("consultation", consultationId)
                    .getResultList();
            Map<Long, ResponseModeration> publicOnes = new HashMap<>();
            Instant lastModified = summary.getPublishedAt();
            for (ResponseModeration m : em.createQuery(
                            "select m from ResponseModeration m join fetch m.response r"
                                    + " where r.id in (select c.response.id from Citation c where c.statement.summary.id = :summary)"
                                    + " or r.id in (select p.response.id from Proposal p where p.response.consultation.id = :c"
                                    + " and p.reaction is not null)",
                            ResponseModeration.class)
                    .setParameter("summary", summary.getId())
                    .setParameter("c", consultationId)
                    .getResultList()) {
                if (m.getModeratedAt().isAfter(lastModified)) {
                    lastModified = m.getModeratedAt();
                }
                if (m.isPublic()) {
                    publicOnes.put(m.getResponse().getId(), m);
                }
            }
            // The answers whose public text needs the original: a quote or proposal of a redacted answer.
            Set<Long> redacted = new HashSet<>();
            cited.stream().filter(c -> c.getPassage() != null).forEach(c -> {
                ResponseModeration m = publicOnes.get(c.getResponse().getId());
                if (m != null && m.redactsAnswer(c.getPassage().getQuestion().getId())) {
                    redacted.add(m.getResponse().getId());
                }
            });
            proposals.forEach(p -> {
                ResponseModeration m = publicOnes.get(p.getResponse().getId());
                if (m != null && m.redactsAnswer(p.getQuestion().getId())) {
                    redacted.add(m.getResponse().getId());
                }
            });
            Map<Long, Map<Long, String>> originals = submittedAnswers(redacted);
            Map<Long, List<PublicCitation>> citations = new HashMap<>();
            // A campaign counts once per statement (and quote), with its number of senders.
            Map<Long, Campaigns.Senders> campaignOf = campaigns.campaignsOf(publicOnes.keySet());
            Set<String> campaignsCited = new HashSet<>();
            for (Citation c : cited) {
                ResponseModeration moderation = publicOnes.get(c.getResponse().getId());
                if (moderation == null) {
                    continue; // not public: never shown, not even as a name
                }
                RedactedText quote =
                        c.getPassage() == null || moderation.wholeResponseText().isPresent()
                                ? null
                                : publicSpan(
                                        moderation,
                                        c.getPassage().getQuestion().getId(),
                                        c.getPassage().getQuote(),
                                        originals);
                Campaigns.Senders campaign = campaignOf.get(c.getResponse().getId());
                if (campaign != null
                        && !campaignsCited.add(c.getStatement().getId() + "|" + campaign.campaignId() + "|" + quote)) {
                    continue;
                }
                Response r = c.getResponse();
                Organisation o = r.getOrganisation();
                citations
                        .computeIfAbsent(c.getStatement().getId(), k -> new ArrayList<>())
                        .add(new PublicCitation(
                                r.getId(),
                                o == null ? null : o.getName(),
                                o == null ? null : o.getType(),
                                quote,
                                campaign == null ? 0 : campaign.count(),
                                o == null || o.isVerified(),
                                r.isEventOutput() ? r.getEvent().getTitle() : null));
            }
            List<PublicProposal> answered = new ArrayList<>();
            for (Proposal p : proposals) {
                ResponseModeration moderation = publicOnes.get(p.getResponse().getId());
                if (moderation == null) {
                    continue; // only proposals of public responses are public
                }
                if (p.getAnsweredAt().isAfter(lastModified)) {
                    lastModified = p.getAnsweredAt();
                }
                Organisation o = p.getResponse().getOrganisation();
                answered.add(new PublicProposal(
                        p.getId(),
                        p.getResponse().getId(),
                        o == null ? p.getResponse().sourceName(null) : o.getName(),
                        o == null ? null : o.getType(),
                        o == null || o.isVerified(),
                        publicSpan(moderation, p.getQuestion().getId(), p.getText(), originals),
                        p.getReaction(),
                        p.getReason(),
                        p.getAnsweredAt()));
            }
            return new PublishedSummary(summary, citations, answered, lastModified, ownThemes.names(consultationId));
        });
    }

    private static RedactedText publicSpan(
            ResponseModeration moderation, long questionId, String span, Map<Long, Map<Long, String>> originals) {
        if (!moderation.redactsAnswer(questionId)) {
            return RedactedText.plain(span);
        }
        String original = originals
                .getOrDefault(moderation.getResponse().getId(), Map.of())
                .get(questionId);
        return moderation.publicSpan(questionId, original, span);
    }

    /** The submitted answer texts of the given responses, by response and question id, in one statement. */
    private Map<Long, Map<Long, String>> submittedAnswers(Set<Long> responseIds) {
        Map<Long, Map<Long, String>> texts = new HashMap<>();
        if (responseIds.isEmpty()) {
            return texts;
        }
        em.createQuery(
                        "select v.response.id, a.question.id, a.text from Answer a join a.responseVersion v"
                                + " where v.response.id in :ids and v.number = v.response.submittedVersion",
                        Object[].class)
                .setParameter("ids", responseIds)
                .getResultList()
                .forEach(a ->
                        texts.computeIfAbsent((Long) a[0], k -> new HashMap<>()).put((Long) a[1], (String) a[2]));
        return texts;
    }

    private Optional<ConsultationSummary> summaryOf(long consultationId) {
        Optional<ConsultationSummary> summary = em.createNamedQuery(
                        ConsultationSummary.OF_CONSULTATION, ConsultationSummary.class)
                .setParameter("consultation", consultationId)
                .getResultStream()
                .filter(ConsultationSummary::isPublished)
                .findFirst();
        summary.ifPresent(s -> {
            s.getStatements().size();
            s.getConsultation().getEvents().size();
        });
        return summary;
    }
}
