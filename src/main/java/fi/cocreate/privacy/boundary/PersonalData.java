package fi.cocreate.privacy.boundary;

import fi.cocreate.audit.boundary.AuditLog;
import fi.cocreate.audit.entity.AuditAction;
import fi.cocreate.common.AccessDenied;
import fi.cocreate.common.BusinessException;
import fi.cocreate.consultation.boundary.EventRegistrations;
import fi.cocreate.consultation.entity.Attachment;
import fi.cocreate.consultation.entity.AttachmentInfo;
import fi.cocreate.consultation.entity.EventRegistration;
import fi.cocreate.consultation.entity.Organisation;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.boundary.Caller;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.identity.entity.Role;
import fi.cocreate.mail.boundary.Outbox;
import fi.cocreate.subscription.entity.Subscription;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The account holder's own rights over their personal data on the consultation side (GDPR articles 15, 17 and 20):
 * a download of everything stored about them and the erasure of their account. Only ever about the caller, so there is
 * no id to forge. Every download and every erasure leaves an audit row. The forum's applications have their own
 * export and erasure on the applicant's page.
 */
@Stateless
public class PersonalData {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Accounts accounts;

    @Inject
    EventRegistrations registrations;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Everything the consultation side stores about the caller, as JSON; recorded in the audit log. */
    public String exportMine() {
        Account account = me();
        List<Organisation> organisations = organisationsOf(account);
        // Two plain queries rather than one with an "or" and a subquery: the versions' batch fetch (EXISTS) loses
        // its rows under such a query and every response came back without versions.
        Map<Long, Response> byId = new TreeMap<>();
        for (Organisation organisation : organisations) {
            em.createNamedQuery(Response.OF_ORGANISATION, Response.class)
                    .setParameter("organisationId", organisation.getId())
                    .getResultList()
                    .forEach(r -> byId.put(r.getId(), r));
        }
        em.createQuery("select r from Response r where r.author.id = :id", Response.class)
                .setParameter("id", account.getId())
                .getResultList()
                .forEach(r -> byId.putIfAbsent(r.getId(), r));
        List<Response> responses = List.copyOf(byId.values());
        List<EventRegistration> events = em.createNamedQuery(EventRegistration.OF_ACCOUNT, EventRegistration.class)
                .setParameter("account", account.getId())
                .getResultList();
        List<Subscription> subscriptions = em.createNamedQuery(Subscription.BY_EMAIL, Subscription.class)
                .setParameter("email", account.getEmail())
                .getResultList();
        Instant now = clock.instant();
        String json = PersonalDataExport.toJson(new PersonalDataExport.Contents(
                account,
                organisations,
                responses,
                id -> em.createNamedQuery(Attachment.INFO_OF_RESPONSE, AttachmentInfo.class)
                        .setParameter("responseId", id)
                        .getResultList(),
                events,
                subscriptions,
                now));
        audit.record(
                account,
                AuditAction.PERSONAL_DATA_EXPORTED,
                account.getId(),
                organisations.size() + " organisations, " + responses.size() + " responses, " + events.size()
                        + " registrations, " + subscriptions.size() + " subscriptions");
        return json;
    }

    /**
     * Erases the caller's account at their request, once they have typed their own address to confirm. Removed: the
     * name and address of the account, its memberships, its pending invitations, its subscriptions, the mails to its address in the outbox, its name and
     * address on event registrations (future ones are cancelled first, so the seat goes to the waiting list) and its
     * address in the audit log. Kept as the organisation's: the responses (drafts and submitted), their versions and
     * attachments, which then point at an erased account. Staff, administrators and panellists are erased by an
     * administrator (their actions are official records), and forum applications must be erased on the forum first.
     */
    public void eraseMine(String typedAddress) {
        Account account = me();
        if (account.has(Role.STAFF) || account.has(Role.ADMIN) || account.has(Role.PANELIST)) {
            throw new BusinessException("privacy.erase.official");
        }
        if (typedAddress == null || !Account.normaliseEmail(typedAddress).equals(account.getEmail())) {
            throw new BusinessException("privacy.erase.confirm");
        }
        long forum = em.createQuery(
                        "select count(a) from ForumApplication a where a.applicant.id = :id"
                                + " and a.erasedAt is null",
                        Long.class)
                .setParameter("id", account.getId())
                .getSingleResult();
        if (forum > 0) {
            throw new BusinessException("privacy.erase.forumFirst");
        }
        String email = account.getEmail();
        Instant now = clock.instant();
        List<EventRegistration> events = em.createNamedQuery(EventRegistration.OF_ACCOUNT, EventRegistration.class)
                .setParameter("account", account.getId())
                .getResultList();
        for (EventRegistration registration : events) {
            if (registration.isActive() && registration.getEvent().getStartsAt().isAfter(now)) {
                registrations.cancel(registration.getEvent().getId());
            }
        }
        events.forEach(EventRegistration::anonymise);
        for (Organisation organisation : organisationsOf(account)) {
            organisation.removeRepresentative(account);
        }
        em.createQuery("select o from Organisation o where o.lastEdit.by = :email", Organisation.class)
                .setParameter("email", email)
                .getResultList()
                .forEach(o -> o.forgetEditor(email));
        em.createQuery("delete from OrganisationInvitation i where i.email = :email and i.acceptedAt is null")
                .setParameter("email", email)
                .executeUpdate();
        em.createQuery("update OrganisationInvitation i set i.email = :erased where i.email = :email")
                .setParameter("erased", Account.erasedAddress(account.getId()))
                .setParameter("email", email)
                .executeUpdate();
        em.createNamedQuery(Subscription.BY_EMAIL, Subscription.class)
                .setParameter("email", email)
                .getResultList()
                .forEach(em::remove);
        outbox.forgetRecipient(email);
        audit.forgetActorAddress(account.getId(), Account.erasedAddress(account.getId()));
        accounts.erase(account.getId());
        audit.record(null, AuditAction.ACCOUNT_ERASED, account.getId(), "at the account holder's request");
    }

    private Account me() {
        return caller.account().orElseThrow(AccessDenied::new);
    }

    private List<Organisation> organisationsOf(Account account) {
        return em.createNamedQuery(Organisation.OF_REPRESENTATIVE, Organisation.class)
                .setParameter("accountId", account.getId())
                .getResultList();
    }
}
