package fi.cocreate.consultation.boundary;

import fi.cocreate.audit.boundary.AuditLog;
import fi.cocreate.audit.entity.AuditAction;
import fi.cocreate.common.BusinessException;
import fi.cocreate.common.Found;
import fi.cocreate.common.LastEdit;
import fi.cocreate.common.PlainText;
import fi.cocreate.common.PublicLinks;
import fi.cocreate.consultation.entity.Organisation;
import fi.cocreate.consultation.entity.OrganisationInvitation;
import fi.cocreate.consultation.entity.OrganisationType;
import fi.cocreate.identity.control.SecretTokens;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.mail.boundary.Outbox;
import fi.cocreate.mail.control.MailKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Organisations: a representative registers theirs and invites colleagues by mail; staff verify them. Every call
 * is checked against the request's caller ({@link Representatives}): its role and its organisation.
 */
@Stateless
public class Organisations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Representatives representatives;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    PublicLinks links;

    @Inject
    Clock clock;

    /** The organisation the representative acts for, if any. */
    public Optional<Organisation> mine() {
        return representatives.organisationOf(representatives.representative());
    }

    /** Registers a new, unverified organisation with the caller as its first representative. */
    public Organisation register(
            @NotBlank @Size(max = 200) String name,
            String businessId,
            @Size(max = 20) String registerNumber,
            @NotNull OrganisationType type) {
        Account account = representatives.representative();
        if (representatives.organisationOf(account).isPresent()) {
            throw new BusinessException("organisation.alreadyMember");
        }
        Organisation organisation = new Organisation(name, businessId, registerNumber, type, clock.instant());
        if (organisation.getBusinessId() != null
                && em.createNamedQuery(Organisation.BY_BUSINESS_ID, Organisation.class)
                        .setParameter("businessId", organisation.getBusinessId())
                        .getResultStream()
                        .findAny()
                        .isPresent()) {
            throw new BusinessException("organisation.exists");
        }
        if (organisation.getRegisterNumber() != null
                && em.createNamedQuery(Organisation.BY_REGISTER_NUMBER, Organisation.class)
                        .setParameter("registerNumber", organisation.getRegisterNumber())
                        .getResultStream()
                        .findAny()
                        .isPresent()) {
            throw new BusinessException("organisation.exists");
        }
        organisation.addRepresentative(account);
        em.persist(organisation);
        return organisation;
    }

    /** A representative of the caller's organisation as its pages show them: name, address, approver or drafter. */
    public record Colleague(long accountId, String name, String email, boolean approver)
            implements java.io.Serializable {}

    /** The representatives of the caller's organisation, approvers first, then by name. */
    public List<Colleague> colleagues() {
        Organisation organisation = representatives.requireOrganisation(representatives.representative());
        return organisation.getRepresentatives().stream()
                .map(a -> new Colleague(a.getId(), a.getDisplayName(), a.getEmail(), organisation.isApprover(a)))
                .sorted(java.util.Comparator.comparing((Colleague c) -> !c.approver())
                        .thenComparing(Colleague::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * An approver gives a fellow representative the right to approve and submit the organisation's official
     * response. Refused for a drafter ({@code organisation.approversOnly}); an account that does not represent the
     * caller's organisation is refused as access denied. Audited.
     */
    public void grantApproval(long accountId) {
        changeApproval(accountId, true);
    }

    /** An approver takes the right away (also their own, unless they are the last approver). Audited. */
    public void revokeApproval(long accountId) {
        changeApproval(accountId, false);
    }

    private void changeApproval(long accountId, boolean granted) {
        Account by = representatives.representative();
        Organisation organisation = lockedOrganisationOf(by);
        Account colleague = colleague(accountId);
        if (granted) {
            organisation.grantApproval(by, colleague);
        } else {
            organisation.revokeApproval(by, colleague);
        }
        organisation.edited(by.getDisplayName(), clock.instant());
        audit.record(
                by,
                granted ? AuditAction.APPROVER_GRANTED : AuditAction.APPROVER_REVOKED,
                accountId,
                organisation.getName());
    }

    /** The caller's organisation, locked so two approvers revoking each other at once never leave it with none. */
    private Organisation lockedOrganisationOf(Account account) {
        Organisation organisation = representatives.requireOrganisation(account);
        em.createNativeQuery("select id from organisation where id = ?1 for update")
                .setParameter(1, organisation.getId())
                .getResultList();
        em.refresh(organisation);
        return organisation;
    }

    private Account colleague(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new fi.cocreate.common.AccessDenied("access.denied");
        }
        return account;
    }

    /** Mails a colleague a one-time link to join the caller's organisation. */
    public OrganisationInvitation invite(
            @NotBlank @Email(regexp = PlainText.EMAIL_CHARACTERS) @Size(max = 254) String colleagueEmail,
            String language) {
        Account inviter = representatives.representative();
        Organisation organisation = representatives.requireOrganisation(inviter);
        String token = SecretTokens.newToken();
        OrganisationInvitation invitation = new OrganisationInvitation(
                organisation, colleagueEmail, SecretTokens.hash(token), inviter, clock.instant());
        em.persist(invitation);
        outbox.queue(
                invitation.getEmail(),
                language,
                MailKind.ORGANISATION_INVITATION,
                inviter.getDisplayName(),
                organisation.getName(),
                links.page("/consultation/org/join.xhtml?token=" + token),
                links.page("/register.xhtml"));
        return invitation;
    }

    public List<OrganisationInvitation> invitations() {
        Organisation organisation = representatives.requireOrganisation(representatives.representative());
        return em.createNamedQuery(OrganisationInvitation.OF_ORGANISATION, OrganisationInvitation.class)
                .setParameter("organisationId", organisation.getId())
                .getResultList();
    }

    /** The organisation an invitation link is for, to show before the colleague accepts. */
    public Organisation invitedTo(String token) {
        return findInvitation(token).getOrganisation();
    }

    /** Joins the caller to the organisation of the invitation; the caller may not already represent another. */
    public Organisation accept(String token) {
        Account account = representatives.representative();
        OrganisationInvitation invitation = findInvitation(token);
        Optional<Organisation> current = representatives.organisationOf(account);
        if (current.isPresent()) {
            throw new BusinessException(
                    current.get().getId().equals(invitation.getOrganisation().getId())
                            ? "organisation.alreadyJoined"
                            : "organisation.alreadyMember");
        }
        invitation.accept(account, clock.instant());
        return invitation.getOrganisation();
    }

    private OrganisationInvitation findInvitation(String token) {
        return SecretTokens.find(
                token,
                hash -> em.createNamedQuery(OrganisationInvitation.BY_HASH, OrganisationInvitation.class)
                        .setParameter("hash", hash)
                        .getResultStream()
                        .findFirst());
    }

    // ----- staff

    public List<Organisation> all() {
        representatives.staff();
        return em.createNamedQuery(Organisation.ALL, Organisation.class).getResultList();
    }

    public Organisation verify(long organisationId) {
        return verify(organisationId, null);
    }

    /** As above, from a page that showed the organisation at {@code seenVersion}: refused if it changed since. */
    public Organisation verify(long organisationId, Long seenVersion) {
        Account staff = representatives.staff();
        Organisation organisation = find(organisationId);
        LastEdit.requireSeen(seenVersion, organisation.getVersion(), organisation.getLastEdit());
        organisation.verify(staff, clock.instant());
        organisation.edited(staff.getDisplayName(), clock.instant());
        audit.record(staff, AuditAction.ORGANISATION_VERIFIED, organisationId, organisation.getName());
        return organisation;
    }

    public Organisation withdrawVerification(long organisationId) {
        return withdrawVerification(organisationId, null);
    }

    /** As above, from a page that showed the organisation at {@code seenVersion}: refused if it changed since. */
    public Organisation withdrawVerification(long organisationId, Long seenVersion) {
        Account staff = representatives.staff();
        Organisation organisation = find(organisationId);
        LastEdit.requireSeen(seenVersion, organisation.getVersion(), organisation.getLastEdit());
        organisation.withdrawVerification();
        organisation.edited(staff.getDisplayName(), clock.instant());
        audit.record(staff, AuditAction.ORGANISATION_VERIFICATION_WITHDRAWN, organisationId, organisation.getName());
        return organisation;
    }

    public Organisation find(long organisationId) {
        return Found.find(em, Organisation.class, organisationId, "organisation.notFound");
    }
}
