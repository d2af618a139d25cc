package fi.cocreate.consultation.web;

import fi.cocreate.common.web.LocalizedInput;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.ConsultationEvents;
import fi.cocreate.consultation.entity.ConsultationEvent;
import fi.cocreate.consultation.entity.EventRegistration;
import fi.cocreate.consultation.entity.RegistrationStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The staff's side of an existing event: who registered (in queue order), invitations to the subscribers of its
 * target groups, and the notes written afterwards.
 */
@Named
@ViewScoped
public class EventFollowUp implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsultationEvents events;

    @Inject
    EventEditor editor;

    private Long id;
    private final LocalizedInput notes = new LocalizedInput();
    private List<Registrant> registrations = List.of();

    /** A registration as the staff's list shows it. */
    public record Registrant(
            int queueNumber, String name, String email, String organisation, String language, RegistrationStatus status)
            implements Serializable {

        static Registrant of(EventRegistration registration) {
            return new Registrant(
                    registration.getQueueNumber(),
                    registration.getName(),
                    registration.getEmail(),
                    registration.getOrganisation(),
                    registration.getLanguage(),
                    registration.getStatus());
        }
    }

    public void load() {
        id = editor.getId();
        if (id == null) {
            return;
        }
        // the editor's view action already answered an unknown event with 404
        ConsultationEvent event = events.find(id);
        notes.fill(event.getNotes());
        registrations = events.registrations(id).stream().map(Registrant::of).toList();
    }

    public String saveNotes() {
        id = editor.getId();
        events.writeNotes(id, notes.toText(), editor.getSeenVersion());
        Notices.info("event.notesSaved");
        return "/consultation/staff/events/edit.xhtml?faces-redirect=true&id=" + id;
    }

    public LocalizedInput getNotes() {
        return notes;
    }

    /** Who has a seat or waits, in queue order, read by the view action. */
    public List<Registrant> getRegistrations() {
        return registrations;
    }
}
