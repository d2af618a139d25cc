package fi.cocreate.consultation.boundary;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.Found;
import fi.cocreate.common.SupportedLanguage;
import fi.cocreate.consultation.entity.ConsultationEvent;
import fi.cocreate.consultation.entity.EventRegistration;
import fi.cocreate.consultation.entity.Organisation;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.boundary.Caller;
import fi.cocreate.identity.entity.Account;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Optional;

/**
 * Logged-in users register themselves to events and cancel. Each change locks the event's row (SELECT … FOR UPDATE),
 * so two people taking the last seat at the same moment are served one after the other and the event is never
 * overbooked. The lock is the first read of the transaction on purpose: under REPEATABLE READ the snapshot of later
 * reads starts after it, so the registrations read afterwards include those committed while this one waited.
 */
@Stateless
public class EventRegistrations {

    @PersistenceContext
    EntityManager em;

    @Inject
    ConsultationEvents events;

    @Inject
    Caller caller;

    @Inject
    Accounts accounts;

    @Inject
    EventMails mails;

    @Inject
    Clock clock;

    /** Registers the caller: a seat if one is free, else the waiting list; a mail says which. */
    public EventRegistration register(long eventId, @Size(max = 300) String organisation, String language) {
        String email = caller.require().getEmail();
        ConsultationEvent event = locked(eventId);
        Account account = account(email);
        EventRegistration registration = event.register(
                account.getId(),
                account.getDisplayName(),
                account.getEmail(),
                organisation,
                SupportedLanguage.orDefault(language),
                clock.instant());
        mails.registered(registration);
        return registration;
    }

    /** Cancels the caller's registration; a freed seat goes to the first on the waiting list, who is told by mail. */
    public void cancel(long eventId) {
        String email = caller.require().getEmail();
        ConsultationEvent event = locked(eventId);
        Account account = account(email);
        EventRegistration registration =
                event.registrationOf(account.getId()).orElseThrow(() -> new BusinessException("event.notRegistered"));
        event.cancel(registration, clock.instant()).ifPresent(mails::promoted);
    }

    /**
     * The name of the organisation the caller represents, to fill in the registration form (a person may change it:
     * they may come for another organisation); empty for a visitor who represents none.
     */
    public Optional<String> myOrganisationName() {
        return caller.account()
                .flatMap(account -> em.createNamedQuery(Organisation.OF_REPRESENTATIVE, Organisation.class)
                        .setParameter("accountId", account.getId())
                        .setMaxResults(1)
                        .getResultStream()
                        .findFirst()
                        .map(Organisation::getName));
    }

    /** The caller's active registration to the event, if any (empty for an anonymous visitor). */
    public Optional<EventRegistration> mine(long eventId) {
        Optional<Account> account = caller.email().flatMap(accounts::findByEmail);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        return events.find(eventId).registrationOf(account.get().getId()).filter(EventRegistration::isActive);
    }

    private ConsultationEvent locked(long eventId) {
        return Found.find(em, ConsultationEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE, "event.notFound");
    }

    private Account account(String email) {
        return accounts.findByEmail(email).orElseThrow(() -> new BusinessException("access.loginRequired"));
    }
}
