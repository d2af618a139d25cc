package fi.cocreate.consultation.web;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.Consultations;
import fi.cocreate.consultation.boundary.EnteredResponses;
import fi.cocreate.consultation.entity.AnswerInput;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationEvent;
import fi.cocreate.consultation.entity.QuestionType;
import fi.cocreate.consultation.entity.Response;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Staff enter the notes and outputs of one of the consultation's workshops or events as feedback: they pick the event
 * and write the notes for each free-text question. It is then a submitted response whose source is the event, moderated,
 * coded, cited and shown like a written response. Kept with the view: ids, texts and small records.
 */
@Named
@ViewScoped
public class EventOutputPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Consultations consultations;

    @Inject
    EnteredResponses enteredResponses;

    /** An event staff may pick: its id, title and start. */
    public record EventChoice(long id, LocalizedText title, Instant startsAt) implements Serializable {}

    private Long id;
    private LocalizedText title;
    private List<EnterResponsePage.Field> fields = List.of();
    private List<EventChoice> events = List.of();
    private Long eventId;
    private boolean publicationConsent;

    public void load() {
        Consultation consultation = consultations.find(id == null ? -1 : id);
        title = consultation.getTitle();
        fields = consultation.getQuestions().stream()
                .filter(q -> q.getType() == QuestionType.FREE_TEXT)
                .map(q -> new EnterResponsePage.Field(q.getId(), q.getPosition(), q.getText(), q.getMaxLength()))
                .toList();
        events = consultation.getEvents().stream()
                .sorted(Comparator.comparing(ConsultationEvent::getStartsAt))
                .map(e -> new EventChoice(e.getId(), e.getTitle(), e.getStartsAt()))
                .toList();
    }

    /** Enters the output; a refusal about the event is shown beside its choice, and what staff typed stays. */
    public String enter() {
        List<AnswerInput> answers = new ArrayList<>();
        fields.forEach(f -> answers.add(AnswerInput.text(f.getQuestionId(), f.getText())));
        Response entered = enteredResponses.enterEventOutput(id, eventId, answers, publicationConsent);
        Notices.info("eventOutput.saved", entered.getReferenceNumber());
        return "/consultation/staff/enter-event-output.xhtml?faces-redirect=true&id=" + id;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public List<EnterResponsePage.Field> getFields() {
        return fields;
    }

    public List<EventChoice> getEvents() {
        return events;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public boolean isPublicationConsent() {
        return publicationConsent;
    }

    public void setPublicationConsent(boolean publicationConsent) {
        this.publicationConsent = publicationConsent;
    }
}
