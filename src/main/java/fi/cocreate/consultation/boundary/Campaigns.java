package fi.cocreate.consultation.boundary;

import fi.cocreate.audit.boundary.AuditLog;
import fi.cocreate.audit.entity.AuditAction;
import fi.cocreate.common.BusinessException;
import fi.cocreate.common.Found;
import fi.cocreate.consultation.control.NearDuplicates;
import fi.cocreate.consultation.entity.Campaign;
import fi.cocreate.consultation.entity.CampaignMember;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.identity.boundary.Caller;
import fi.cocreate.identity.boundary.RolesRequired;
import fi.cocreate.identity.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Near-identical responses, as staff handle them: the app suggests groups of responses whose texts are nearly the
 * same ({@link NearDuplicates}), staff confirm a group as a campaign (or leave it), code a whole campaign with a theme
 * at once, and the public summary counts a campaign once with its number of senders.
 */
@Stateless
public class Campaigns {

    private static final String SUBMITTED = "fi.cocreate.consultation.entity.ResponseState.SUBMITTED";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    Moderation moderation;

    /** A response in a group: its organisation and its similarity to the group's first response (0–1). */
    public record Member(long responseId, String organisation, double similarity) implements Serializable {}

    /** A group of near-identical responses; {@code campaignId} is null while it is only suggested. */
    public record Group(Long campaignId, List<Member> members, String confirmedBy) implements Serializable {

        public int size() {
            return members.size();
        }
    }

    /**
     * The groups of near-identical submitted responses that are not in a confirmed campaign yet, largest first. The
     * answers of each response's submitted version are compared as one text.
     */
    @RolesRequired({Role.STAFF, Role.ADMIN})
    public List<Group> suggested(long consultationId) {
        Set<Long> confirmed = new HashSet<>(em.createQuery(
                        "select m.responseId from CampaignMember m" + " where m.campaign.consultation.id = :c",
                        Long.class)
                .setParameter("c", consultationId)
                .getResultList());
        Map<Long, String> texts = new LinkedHashMap<>();
        Map<Long, String> organisations = new HashMap<>();
        em.createQuery(
                        "select r.id, o.name, a.text from Answer a join a.responseVersion v join v.response r"
                                + " join r.organisation o where r.consultation.id = :c and r.state = " + SUBMITTED
                                + " and v.number = r.submittedVersion and a.text is not null"
                                + " order by r.submittedAt, r.id, a.question.position",
                        Object[].class)
                .setParameter("c", consultationId)
                .getResultStream()
                .forEach(row -> {
                    long id = (Long) row[0];
                    if (!confirmed.contains(id)) {
                        organisations.put(id, (String) row[1]);
                        texts.merge(id, (String) row[2], (a, b) -> a + "\n" + b);
                    }
                });
        List<Group> groups = new ArrayList<>();
        for (List<NearDuplicates.Member<Long>> group : new NearDuplicates().groups(texts)) {
            groups.add(new Group(
                    null,
                    group.stream()
                            .map(m -> new Member(m.key(), organisations.get(m.key()), m.similarity()))
                            .toList(),
                    null));
        }
        return groups;
    }

    /** The consultation's confirmed campaigns, in the order they were confirmed. */
    @RolesRequired({Role.STAFF, Role.ADMIN})
    public List<Group> confirmed(long consultationId) {
        List<Campaign> campaigns = em.createNamedQuery(Campaign.OF_CONSULTATION, Campaign.class)
                .setParameter("consultation", consultationId)
                .getResultList();
        Map<Long, String> organisations = organisationsOf(campaigns.stream()
                .flatMap(c -> c.getMembers().stream())
                .map(CampaignMember::getResponseId)
                .toList());
        return campaigns.stream()
                .map(c -> new Group(
                        c.getId(),
                        c.getMembers().stream()
                                .map(m -> new Member(
                                        m.getResponseId(), organisations.get(m.getResponseId()), m.getSimilarity()))
                                .toList(),
                        c.getConfirmedBy()))
                .toList();
    }

    /**
     * Confirms the responses as one campaign. Each must be a submitted response of the consultation and in no other
     * campaign; similarities are computed anew against the first response, so what is stored is never what a page
     * claimed.
     */
    @RolesRequired({Role.STAFF, Role.ADMIN})
    public Campaign confirm(long consultationId, List<Long> responseIds) {
        List<Long> ids = responseIds.stream().distinct().toList();
        if (ids.size() < Campaign.MIN_SIZE) {
            throw new BusinessException("campaign.tooSmall");
        }
        Consultation consultation = Found.find(em, Consultation.class, consultationId, "consultation.notFound");
        Long taken = em.createQuery("select count(m) from CampaignMember m where m.responseId in :ids", Long.class)
                .setParameter("ids", ids)
                .getSingleResult();
        if (taken > 0) {
            throw new BusinessException("campaign.alreadyConfirmed");
        }
        List<Response> responses = new ArrayList<>();
        for (long id : ids) {
            responses.add(Found.find(
                    em,
                    Response.class,
                    id,
                    r -> r.isSubmitted() && r.getConsultation().getId().equals(consultationId),
                    "response.notFound"));
        }
        String first = textOf(responses.get(0));
        Campaign campaign = new Campaign(consultation, caller.email().orElseThrow(), clock.instant());
        for (Response response : responses) {
            campaign.add(
                    response, response == responses.get(0) ? 1.0 : NearDuplicates.similarity(first, textOf(response)));
        }
        em.persist(campaign);
        try {
            // A second staff member confirming an overlapping group at the same moment passed the check above too;
            // the database's key on the member's response decides, and the later one hears it in words.
            em.flush();
        } catch (PersistenceException e) {
            throw new BusinessException("campaign.alreadyConfirmed");
        }
        audit.record(AuditAction.CAMPAIGN_CONFIRMED, consultationId, ids.size() + " responses");
        return campaign;
    }

    /** Undoes a confirmation: the responses count one by one again. Their theme tags stay. */
    @RolesRequired({Role.STAFF, Role.ADMIN})
    public void dissolve(long consultationId, long campaignId) {
        Campaign campaign = campaign(consultationId, campaignId);
        int size = campaign.size();
        em.remove(campaign);
        audit.record(AuditAction.CAMPAIGN_DISSOLVED, consultationId, size + " responses");
    }

    /** Tags every response of the campaign with the theme (each once); answers how many responses it covers. */
    @RolesRequired({Role.STAFF, Role.ADMIN})
    public int tag(long consultationId, long campaignId, Theme theme) {
        Campaign campaign = campaign(consultationId, campaignId);
        campaign.getMembers().forEach(m -> moderation.tag(m.getResponseId(), theme));
        return campaign.size();
    }

    /** A response's campaign as the public summary counts it: the campaign and its number of senders. */
    public record Senders(long campaignId, long count) {}

    /** For the public summary: the campaign of each of these responses that is in one, with its number of senders. */
    public Map<Long, Senders> campaignsOf(Collection<Long> responseIds) {
        if (responseIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> campaignOf = new HashMap<>();
        em.createQuery(
                        "select m.responseId, m.campaign.id from CampaignMember m where m.responseId in :ids",
                        Object[].class)
                .setParameter("ids", responseIds)
                .getResultStream()
                .forEach(r -> campaignOf.put((Long) r[0], (Long) r[1]));
        if (campaignOf.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> sizes = new HashMap<>();
        em.createQuery(
                        "select m.campaign.id, count(m) from CampaignMember m where m.campaign.id in :c"
                                + " group by m.campaign.id",
                        Object[].class)
                .setParameter("c", new HashSet<>(campaignOf.values()))
                .getResultStream()
                .forEach(r -> sizes.put((Long) r[0], ((Number) r[1]).longValue()));
        Map<Long, Senders> found = new HashMap<>();
        campaignOf.forEach((response, campaign) -> found.put(response, new Senders(campaign, sizes.get(campaign))));
        return found;
    }

    private Campaign campaign(long consultationId, long campaignId) {
        return Found.find(
                em,
                Campaign.class,
                campaignId,
                c -> c.getConsultation().getId().equals(consultationId),
                "campaign.notFound");
    }

    private Map<Long, String> organisationsOf(List<Long> responseIds) {
        Map<Long, String> names = new HashMap<>();
        if (!responseIds.isEmpty()) {
            em.createQuery("select r.id, r.organisation.name from Response r where r.id in :ids", Object[].class)
                    .setParameter("ids", responseIds)
                    .getResultStream()
                    .forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }

    private static String textOf(Response response) {
        return response.submittedVersion()
                .map(v -> String.join(
                        "\n",
                        v.getAnswers().stream()
                                .filter(a -> a.getText() != null)
                                .map(a -> a.getText())
                                .toList()))
                .orElse("");
    }
}
