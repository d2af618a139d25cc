package fi.cocreate.consultation.web;

import fi.cocreate.common.ApplicationClock;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.Consultations;
import fi.cocreate.consultation.boundary.EnteredResponses;
import fi.cocreate.consultation.boundary.Extensions;
import fi.cocreate.consultation.entity.AnswerInput;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.QuestionType;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.ResponseChannel;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Staff enter a statement that reached the ministry by email or post: the organisation (found by name or business
 * id), the channel, when it arrived, and its text for each free-text question. It is then a submitted response like
 * any other, marked late if it arrived after the deadline. Kept with the view: ids, texts and small records.
 */
@Named
@ViewScoped
public class EnterResponsePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Consultations consultations;

    @Inject
    Extensions extensions;

    @Inject
    EnteredResponses enteredResponses;

    /** A free-text question and the text staff typed for it. */
    public static final class Field implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long questionId;
        private final int position;
        private final LocalizedText question;
        private final int maxLength;
        private String text;

        public Field(long questionId, int position, LocalizedText question, int maxLength) {
            this.questionId = questionId;
            this.position = position;
            this.question = question;
            this.maxLength = maxLength;
        }

        public long getQuestionId() {
            return questionId;
        }

        public int getPosition() {
            return position;
        }

        public LocalizedText getQuestion() {
            return question;
        }

        public int getMaxLength() {
            return maxLength;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    private Long id;
    private LocalizedText title;
    private List<Field> fields = List.of();
    private Extensions.OrganisationChoice organisation;
    private ResponseChannel channel;
    private LocalDateTime arrivedAt;
    private boolean publicationConsent;
    private final OrganisationPicker picker = new OrganisationPicker();

    public void load() {
        Consultation consultation = consultations.find(id == null ? -1 : id);
        title = consultation.getTitle();
        fields = consultation.getQuestions().stream()
                .filter(q -> q.getType() == QuestionType.FREE_TEXT)
                .map(q -> new Field(q.getId(), q.getPosition(), q.getText(), q.getMaxLength()))
                .toList();
    }

    public List<Extensions.OrganisationChoice> complete(String typed) {
        return picker.complete(extensions, typed);
    }

    public String enter() {
        if (organisation == null) {
            Notices.errorAt("entry:organisation", "extension.chooseOrganisation");
            return null;
        }
        List<AnswerInput> answers = new ArrayList<>();
        fields.forEach(f -> answers.add(AnswerInput.text(f.getQuestionId(), f.getText())));
        // A refusal (the channel, the arrival time) is shown at its field; what staff typed stays in the form.
        Response entered = enteredResponses.enterReceived(
                id, organisation.id(), channel, ApplicationClock.instantOf(arrivedAt), answers, publicationConsent);
        Notices.info(
                entered.isLate() ? "entered.savedLate" : "entered.saved",
                entered.getReferenceNumber(),
                organisation.name());
        return "/consultation/staff/enter-response.xhtml?faces-redirect=true&id=" + id;
    }

    /** The picker's submitted value (an organisation id) back to the organisation it offered. */
    public Converter<Extensions.OrganisationChoice> getConverter() {
        return picker.converter();
    }

    public ResponseChannel[] getChannels() {
        return new ResponseChannel[] {ResponseChannel.EMAIL, ResponseChannel.POST};
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

    public List<Field> getFields() {
        return fields;
    }

    public Extensions.OrganisationChoice getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Extensions.OrganisationChoice organisation) {
        this.organisation = organisation;
    }

    public ResponseChannel getChannel() {
        return channel;
    }

    public void setChannel(ResponseChannel channel) {
        this.channel = channel;
    }

    public LocalDateTime getArrivedAt() {
        return arrivedAt;
    }

    public void setArrivedAt(LocalDateTime arrivedAt) {
        this.arrivedAt = arrivedAt;
    }

    public boolean isPublicationConsent() {
        return publicationConsent;
    }

    public void setPublicationConsent(boolean publicationConsent) {
        this.publicationConsent = publicationConsent;
    }
}
