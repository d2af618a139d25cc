package fi.cocreate.consultation.web;

import fi.cocreate.common.web.LocaleSelection;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.ConsultationEvents;
import fi.cocreate.consultation.boundary.EventRegistrations;
import fi.cocreate.consultation.entity.ConsultationEvent;
import fi.cocreate.consultation.entity.EventRegistration;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;

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
    private transient ConsultationEvent event;
    private transient EventRegistration mine;

    private boolean remoteLinkShown;

    @Size(max = 300)
    private String organisation;

    public void load() throws IOException {
        event = events.find(id == null ? -1 : id);
        mine = registrations.mine(id).orElse(null);
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
        return event.acceptsRegistrationsAt(clock.instant());
    }

    /** Whether the event has ended: its page then says so instead of "registration closed: the event has started". */
    public boolean isOver() {
        return !clock.instant().isBefore(event.getEndsAt());
    }

    public boolean isNotesVisible() {
        return event.notesVisibleAt(clock.instant());
    }

    /** "3 of 20 seats free", "no limit", or full with a waiting list. */
    public String getSeatsText() {
        ConsultationEvent shown = getEvent();
        if (shown.getCapacity() == null) {
            return Notices.text("event.seats.unlimited");
        }
        return shown.hasFreeSeat()
                ? Notices.text("event.seats.free", shown.freeSeats(), shown.getCapacity())
                : Notices.text(
                        "event.seats.full",
                        shown.getCapacity(),
                        shown.waitingList().size());
    }

    public String getMyStatusText() {
        return mine.isWaiting()
                ? Notices.text("event.myStatus.waiting", mine.waitingPosition())
                : Notices.text("event.myStatus.confirmed");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ConsultationEvent getEvent() {
        if (event == null && id != null) {
            event = events.find(id);
        }
        return event;
    }

    /** The remote meeting link is shown to confirmed participants and staff only, never to anonymous visitors. */
    public boolean isRemoteLinkShown() {
        return remoteLinkShown;
    }

    public EventRegistration getMine() {
        return mine;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
