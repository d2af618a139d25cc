package fi.cocreate.consultation.boundary;

import fi.cocreate.common.NotFound;
import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationEvent;
import fi.cocreate.consultation.entity.EventRegistration;
import fi.cocreate.identity.boundary.CallerIdentity;
import jakarta.ejb.Stateless;
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
    CallerIdentity caller;

    @Inject
    EventMails mails;

    /** Every consultation with its events loaded, for the staff's list. */
    public List<Consultation> consultationsWithEvents() {
        caller.requireStaff();
        List<Consultation> all = em.createNamedQuery(Consultation.ALL, Consultation.class).getResultList();
        all.forEach(c -> c.getEvents().forEach(ConsultationEvent::getTargetGroups));
        return all;
    }

    /** An event with its consultation and registrations loaded. */
    public ConsultationEvent find(long id) {
        ConsultationEvent event = em.find(ConsultationEvent.class, id);
        if (event == null) {
            throw new NotFound("event.notFound");
        }
        event.getConsultation().getTitle();
        event.activeRegistrations();
        return event;
    }

    public ConsultationEvent create(long consultationId, EventDetails details) {
        caller.requireStaff();
        Consultation consultation = em.find(Consultation.class, consultationId);
        if (consultation == null) {
            throw new NotFound("consultation.notFound");
        }
        checkLink(details.remoteLink());
        ConsultationEvent event = consultation.addEvent(details.type(), details.title(), details.startsAt(),
                details.endsAt(), details.place(), details.remoteLink());
        event.describe(details.description(), details.targetGroups());
        event.changeCapacity(details.capacity());
        em.flush();
        return event;
    }

    /** Saves changes; seats added to a full event go to the first on its waiting list, who are told by mail. */
    public ConsultationEvent update(long eventId, EventDetails details) {
        caller.requireStaff();
        ConsultationEvent event = locked(eventId);
        checkLink(details.remoteLink());
        event.reschedule(details.type(), details.title(), details.startsAt(), details.endsAt(), details.place(),
                details.remoteLink());
        event.describe(details.description(), details.targetGroups());
        event.changeCapacity(details.capacity()).forEach(mails::promoted);
        return event;
    }

    public ConsultationEvent writeNotes(long eventId, LocalizedText notes) {
        caller.requireStaff();
        ConsultationEvent event = find(eventId);
        event.writeNotes(notes);
        return event;
    }

    /** Who has a seat or waits, in queue order (staff only: it holds names and addresses). */
    public List<EventRegistration> registrations(long eventId) {
        caller.requireStaff();
        return find(eventId).activeRegistrations();
    }

    /** The event as an iCalendar file in the reader's language. */
    public byte[] calendar(long eventId, Locale locale) {
        return mails.calendar(find(eventId), locale);
    }

    private ConsultationEvent locked(long eventId) {
        ConsultationEvent event = em.find(ConsultationEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw new NotFound("event.notFound");
        }
        return event;
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
