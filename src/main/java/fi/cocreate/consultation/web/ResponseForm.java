package fi.cocreate.consultation.web;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.Attachments;
import fi.cocreate.consultation.boundary.Consultations;
import fi.cocreate.consultation.boundary.Organisations;
import fi.cocreate.consultation.boundary.Responses;
import fi.cocreate.consultation.entity.AnswerInput;
import fi.cocreate.consultation.entity.AttachmentInfo;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.ResponseVersion;
import fi.cocreate.identity.web.CurrentUser;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.entity.Question;
import org.primefaces.event.FileUploadEvent;

/**
 * The written response of the representative's organisation to one consultation: answers, publication consent and
 * attachments; save as a draft or submit. The deadline is judged by the boundary at the moment of saving; when it
 * refuses, the typed answers stay on the page and the last saved draft stays in the database.
 */
@Named
@ViewScoped
public class ResponseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Responses responses;

    @Inject
    transient Consultations consultations;

    @Inject
    transient Organisations organisations;

    @Inject
    transient Attachments attachments;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Clock clock;

    private Long consultationId;
    private Consultation consultation;
    private Response response;
    private List<AnswerField> fields;
    private boolean publicationConsent;
    private List<AttachmentInfo> files = List.of();
    /** Judged when the page opens, so a form opened in time still reaches the server's own check when posted late. */
    private boolean editable;

    public void load() throws IOException {
        if (fields != null) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        consultation = consultations.find(consultationId == null ? -1 : consultationId);
        if (organisations.mine(currentUser.getEmail()).isEmpty()) {
            Notices.error("organisation.none");
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                    + "/consultation/org/index.xhtml");
            return;
        }
        reload();
    }

    private void reload() {
        response = responses.mineFor(currentUser.getEmail(), consultation.getId()).orElse(null);
        ResponseVersion latest = response == null ? null : response.latestVersion();
        fields = consultation.getQuestions().stream()
                .map(q -> new AnswerField(q, latest == null ? null : latest.answerTo(q.getId()).orElse(null)))
                .toList();
        publicationConsent = latest != null && latest.isPublicationConsent();
        files = response == null ? List.of() : attachments.ofMyResponse(currentUser.getEmail(), response.getId());
        editable = consultation.acceptsFeedbackAt(clock.instant());
    }

    private void refused(BusinessException e) {
        Notices.error(e);
        if ("response.afterDeadline".equals(e.getMessageKey())) {
            editable = false; // the typed answers stay in the fields, now read-only, for the user to copy
        }
    }

    public String saveDraft() {
        try {
            responses.saveDraft(currentUser.getEmail(), consultation.getId(), inputs(), publicationConsent);
        } catch (BusinessException e) {
            refused(e);
            return null;
        }
        Notices.info("response.draftSaved");
        return "/consultation/org/respond.xhtml?faces-redirect=true&consultation=" + consultation.getId();
    }

    public String submit() {
        try {
            Response submitted = responses.submit(currentUser.getEmail(), consultation.getId(), inputs(),
                    publicationConsent);
            Notices.info("response.submitted", submitted.getReferenceNumber());
        } catch (BusinessException e) {
            refused(e);
            return null;
        }
        return "/consultation/org/respond.xhtml?faces-redirect=true&consultation=" + consultation.getId();
    }

    public void upload(FileUploadEvent event) {
        attachments.attach(currentUser.getEmail(), consultation.getId(), event.getFile().getFileName(),
                event.getFile().getContent());
        Notices.info("attachment.added", event.getFile().getFileName());
        response = responses.mineFor(currentUser.getEmail(), consultation.getId()).orElse(null);
        files = attachments.ofMyResponse(currentUser.getEmail(), response.getId());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
    }

    public void removeAttachment(long attachmentId) {
        attachments.remove(currentUser.getEmail(), attachmentId);
        files = attachments.ofMyResponse(currentUser.getEmail(), response.getId());
    }

    private List<AnswerInput> inputs() {
        return fields.stream().map(AnswerField::toInput).toList();
    }

    /** The options of a choice question, with their positions as values. */
    public List<Choice> choices(Question question) {
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < question.getOptions().size(); i++) {
            choices.add(new Choice(String.valueOf(i), question.getOptions().get(i).getLabel()));
        }
        return choices;
    }

    public List<Integer> scaleValues(Question question) {
        return question.getScaleMin() == null ? List.of()
                : IntStream.rangeClosed(question.getScaleMin(), question.getScaleMax()).boxed().toList();
    }


    /** Whether the form takes changes; after the deadline the page is read-only. */
    public boolean isEditable() {
        return editable;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public void setConsultationId(Long consultationId) {
        this.consultationId = consultationId;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public Response getResponse() {
        return response;
    }

    public List<AnswerField> getFields() {
        return fields;
    }

    public boolean isPublicationConsent() {
        return publicationConsent;
    }

    public void setPublicationConsent(boolean publicationConsent) {
        this.publicationConsent = publicationConsent;
    }

    public List<AttachmentInfo> getFiles() {
        return files;
    }
}
