package fi.cocreate.consultation.boundary;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.Found;
import fi.cocreate.common.LastEdit;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationEvent;
import fi.cocreate.consultation.entity.EventRegistration;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.boundary.Caller;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Events of consultations: the public reads them, staff create and edit them and write notes afterwards. */
@Stateless
public class ConsultationEvents {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<EventAnnounced> announced;

    @Inject
    Caller caller;

    @Inject
    java.time.Clock clock;

    @Inject
    EventMails mails;

    @Inject
    Accounts accounts;

    /** Every consultation with its events loaded, for the staff's list. */
    public List<Consultation> consultationsWithEvents() {
        caller.requireStaff();
        List<Consultation> all =
                em.createNamedQuery(Consultation.ALL, Consultation.class).getResultList();
        all.forEach(c -> c.getEvents().forEach(ConsultationEvent::getTargetGroups));
        return all;
    }

    /** An event with its consultation and registrations loaded. */
    public ConsultationEvent find(long id) {
        ConsultationEvent event = Found.find(
                em,
                ConsultationEvent.class,
                id,
                e -> e.getConsultation().isPublished() || caller.isStaff(),
                "event.notFound");
        event.getConsultation().getTitle();
        event.activeRegistrations();
        return event;
    }

    public ConsultationEvent create(long consultationId, EventDetails details) {
        caller.requireStaff();
        Consultation consultation = Found.find(em, Consultation.class, consultationId, "consultation.notFound");
        checkLink(details.remoteLink());
        ConsultationEvent event = consultation.addEvent(
                details.type(),
                details.title(),
                details.startsAt(),
                details.endsAt(),
                details.place(),
                details.remoteLink());
        event.describe(details.description(), details.targetGroups());
        event.changeCapacity(details.capacity());
        em.flush();
        if (consultation.isPublished()) {
            announced.fire(new EventAnnounced(event.getId()));
        }
        return event;
    }

    /** Saves changes; seats added to a full event go to the first on its waiting list, who are told by mail. */
    public ConsultationEvent update(long eventId, EventDetails details) {
        return update(eventId, details, null);
    }

    /** As {@link #update(long, EventDetails)} from a page that showed the event at {@code seenVersion}. */
    public ConsultationEvent update(long eventId, EventDetails details, Long seenVersion) {
        ConsultationEvent event = editedByStaff(eventId, seenVersion);
        checkLink(details.remoteLink());
        event.reschedule(
                details.type(),
                details.title(),
                details.startsAt(),
                details.endsAt(),
                details.place(),
                details.remoteLink());
        event.describe(details.description(), details.targetGroups());
        event.changeCapacity(details.capacity()).forEach(mails::promoted);
        return event;
    }

    public ConsultationEvent writeNotes(long eventId, LocalizedText notes) {
        return writeNotes(eventId, notes, null);
    }

    /** As {@link #writeNotes(long, LocalizedText)} from a page that showed the event at {@code seenVersion}. */
    public ConsultationEvent writeNotes(long eventId, LocalizedText notes, Long seenVersion) {
        ConsultationEvent event = editedByStaff(eventId, seenVersion);
        event.writeNotes(notes);
        return event;
    }

    /**
     * The event locked for staff's change, refused if the page showed an older version ({@code seenVersion}, null
     * checks nothing); the change is recorded as the caller's.
     */
    private ConsultationEvent editedByStaff(long eventId, Long seenVersion) {
        caller.requireStaff();
        ConsultationEvent event = locked(eventId);
        LastEdit.requireSeen(seenVersion, event.getVersion(), event.getLastEdit());
        event.edited(caller.require().getEmail(), clock.instant());
        return event;
    }

    /** Who has a seat or waits, in queue order (staff only: it holds names and addresses). */
    public List<EventRegistration> registrations(long eventId) {
        caller.requireStaff();
        return find(eventId).activeRegistrations();
    }

    /**
     * The event as an iCalendar file in the reader's language. The remote meeting link is in it only for a confirmed
     * participant or staff ({@link #remoteLinkVisible}); anyone else gets the event without it.
     */
    public byte[] calendar(long eventId, Locale locale) {
        ConsultationEvent event = find(eventId);
        return mails.calendar(event, locale, remoteLinkVisible(event));
    }

    /** Whether the caller may see the event's remote meeting link: staff, or a participant with a confirmed seat. */
    public boolean remoteLinkVisible(long eventId) {
        return remoteLinkVisible(find(eventId));
    }

    private boolean remoteLinkVisible(ConsultationEvent event) {
        if (caller.isStaff()) {
            return true;
        }
        return caller.email()
                .flatMap(accounts::findByEmail)
                .flatMap(account -> event.registrationOf(account.getId()))
                .filter(registration -> registration.isActive() && !registration.isWaiting())
                .isPresent();
    }

    private ConsultationEvent locked(long eventId) {
        return Found.find(em, ConsultationEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE, "event.notFound");
    }

    private static void checkLink(String link) {
        if (link == null || link.isBlank()) {
            return;
        }
        try {
            URI uri = new URI(link.strip());
            if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null) {
                throw new BusinessException("event.remoteLinkInvalid");
            }
        } catch (java.net.URISyntaxException e) {
            throw new BusinessException("event.remoteLinkInvalid");
        }
    }
}
