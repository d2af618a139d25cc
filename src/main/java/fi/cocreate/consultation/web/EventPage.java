package fi.cocreate.consultation.web;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.common.web.LocaleSelection;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.ConsultationEvents;
import fi.cocreate.consultation.boundary.EventRegistrations;
import fi.cocreate.consultation.entity.ConsultationEvent;
import fi.cocreate.consultation.entity.EventRegistration;
import fi.cocreate.consultation.entity.EventType;
import fi.cocreate.consultation.entity.TargetGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** An event's public page: what, when and where, seats left, the visitor's own registration, notes afterwards. */
@Named
@ViewScoped
public class EventPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsultationEvents events;

    @Inject
    EventRegistrations registrations;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    Clock clock;

    private Long id;
    private Facts event;
    private Mine mine;
    private boolean open;
    private boolean over;
    private boolean notesVisible;

    private boolean remoteLinkShown;

    @Size(max = 300)
    private String organisation;

    public void load() throws IOException {
        ConsultationEvent found = events.find(id == null ? -1 : id);
        event = Facts.of(found);
        Instant now = clock.instant();
        open = found.acceptsRegistrationsAt(now);
        over = found.isOver(now);
        notesVisible = found.notesVisibleAt(now);
        mine = registrations
                .mine(id)
                .map(r -> new Mine(r.isWaiting(), r.waitingPosition()))
                .orElse(null);
        remoteLinkShown = events.remoteLinkVisible(id);
        if (organisation == null && mine == null) {
            organisation = registrations.myOrganisationName().orElse(null);
        }
    }

    public String register() {
        EventRegistration registration = registrations.register(id, organisation, localeSelection.getLanguage());
        if (registration.isWaiting()) {
            Notices.info("event.onWaitingList", registration.waitingPosition());
        } else {
            Notices.info("event.registered");
        }
        return self();
    }

    public String cancel() {
        registrations.cancel(id);
        Notices.info("event.cancelled");
        return self();
    }

    private String self() {
        return "/consultation/events/view.xhtml?faces-redirect=true&id=" + id;
    }

    public boolean isOpen() {
        return open;
    }

    /** Whether the event has ended: its page then says so instead of "registration closed: the event has started". */
    public boolean isOver() {
        return over;
    }

    public boolean isNotesVisible() {
        return notesVisible;
    }

    /** "3 of 20 seats free", "no limit", or full with a waiting list. */
    public String getSeatsText() {
        if (event.capacity() == null) {
            return Notices.text("event.seats.unlimited");
        }
        return event.freeSeat()
                ? Notices.text("event.seats.free", event.freeSeats(), event.capacity())
                : Notices.text("event.seats.full", event.capacity(), event.waiting());
    }

    public String getMyStatusText() {
        return mine.waiting()
                ? Notices.text("event.myStatus.waiting", mine.waitingPosition())
                : Notices.text("event.myStatus.confirmed");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** What the page shows of the event, read by the view action. */
    public Facts getEvent() {
        return event;
    }

    /** The remote meeting link is shown to confirmed participants and staff only, never to anonymous visitors. */
    public boolean isRemoteLinkShown() {
        return remoteLinkShown;
    }

    /** The visitor's own active registration, or null. */
    public Mine getMine() {
        return mine;
    }

    /** What the public page shows of an event, as it was when the page opened. */
    public record Facts(
            long id,
            long consultationId,
            LocalizedText consultationTitle,
            EventType type,
            LocalizedText title,
            LocalizedText description,
            LocalizedText notes,
            Instant startsAt,
            Instant endsAt,
            String place,
            String remoteLink,
            List<TargetGroup> targetGroups,
            Integer capacity,
            boolean freeSeat,
            int freeSeats,
            int waiting)
            implements Serializable {

        static Facts of(ConsultationEvent event) {
            return new Facts(
                    event.getId(),
                    event.getConsultation().getId(),
                    event.getConsultation().getTitle(),
                    event.getType(),
                    event.getTitle(),
                    event.getDescription(),
                    event.getNotes(),
                    event.getStartsAt(),
                    event.getEndsAt(),
                    event.getPlace(),
                    event.getRemoteLink(),
                    List.copyOf(event.getTargetGroups()),
                    event.getCapacity(),
                    event.hasFreeSeat(),
                    event.freeSeats(),
                    event.waitingList().size());
        }
    }

    /** The visitor's registration: waiting (at which place) or with a seat. */
    public record Mine(boolean waiting, int waitingPosition) implements Serializable {}

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
