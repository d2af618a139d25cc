package fi.cocreate.consultation.boundary;

import fi.cocreate.audit.boundary.AuditLog;
import fi.cocreate.audit.entity.AuditAction;
import fi.cocreate.common.BusinessException;
import fi.cocreate.common.Found;
import fi.cocreate.consultation.entity.Proposal;
import fi.cocreate.consultation.entity.ProposalReaction;
import fi.cocreate.consultation.entity.Question;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.identity.boundary.Caller;
import fi.cocreate.identity.boundary.RolesRequired;
import fi.cocreate.identity.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Staff mark the proposals in a submitted response and record the ministry's reaction to each, with the reason
 * (see {@link Proposal}). Staff only, checked by {@link RolesRequired}; each change is in the response's moderation
 * history. The public reads the answered proposals of public responses through {@link PublicSummaries}.
 */
@Stateless
@RolesRequired({Role.STAFF, Role.ADMIN})
public class Proposals {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Responses responses;

    /** The proposals marked in one response, in the order they were marked. */
    public List<Proposal> of(long responseId) {
        return em.createNamedQuery(Proposal.OF_RESPONSE, Proposal.class)
                .setParameter("response", responseId)
                .getResultList();
    }

    /** Marks a span of one answer as a proposal; its words must occur in the answer as submitted. */
    public Proposal mark(long responseId, long questionId, String text) {
        Response response = responses.find(responseId);
        Question question = response.getConsultation()
                .question(questionId)
                .orElseThrow(() -> new BusinessException("proposal.notInAnswer").about("text"));
        Proposal proposal = new Proposal(
                response, question, text, clock.instant(), caller.email().orElseThrow());
        em.persist(proposal);
        em.flush();
        audit.record(AuditAction.PROPOSAL_MARKED, responseId, question.getPosition() + ". #" + proposal.getId());
        return proposal;
    }

    /**
     * Records the ministry's reaction to a proposal; {@code seenVersion} is the proposal's version the page showed
     * (null for callers without a page), so a colleague's answer is never silently replaced.
     */
    public Proposal answer(long proposalId, ProposalReaction reaction, String reason, Long seenVersion) {
        Proposal proposal = find(proposalId);
        proposal.answer(
                reaction, reason, seenVersion, clock.instant(), caller.email().orElseThrow());
        audit.record(
                AuditAction.PROPOSAL_ANSWERED,
                proposal.getResponse().getId(),
                "#" + proposalId + " " + reaction.name()
                        + (proposal.getReason() == null ? "" : ": " + proposal.getReason()));
        return proposal;
    }

    public void remove(long proposalId) {
        Proposal proposal = find(proposalId);
        audit.record(AuditAction.PROPOSAL_REMOVED, proposal.getResponse().getId(), "#" + proposalId);
        em.remove(proposal);
    }

    private Proposal find(long proposalId) {
        return Found.find(em, Proposal.class, proposalId, "notFound");
    }
}
