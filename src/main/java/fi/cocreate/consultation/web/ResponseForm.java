package fi.cocreate.consultation.web;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.Attachments;
import fi.cocreate.consultation.boundary.ResponseFormData;
import fi.cocreate.consultation.boundary.ResponseFormData.QuestionView;
import fi.cocreate.consultation.boundary.ResponseFormData.SavedAnswer;
import fi.cocreate.consultation.boundary.ResponseForms;
import fi.cocreate.consultation.boundary.Responses;
import fi.cocreate.consultation.entity.AnswerConflict;
import fi.cocreate.consultation.entity.AnswerInput;
import fi.cocreate.consultation.entity.AttachmentInfo;
import fi.cocreate.consultation.entity.DraftSave;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * The written response of the representative's organisation to one consultation: answers, publication consent and
 * attachments; save as a draft or submit. The page reads the whole form in one boundary call
 * ({@link ResponseForms#formFor}) and keeps that immutable copy and the fields being typed, never entities. The
 * deadline is judged by the boundary at the moment of saving; when it refuses, the typed answers stay on the page and
 * the last saved draft stays in the database.
 */
@Named
@ViewScoped
public class ResponseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResponseForms forms;

    @Inject
    Responses responses;

    @Inject
    Attachments attachments;

    @Inject
    fi.cocreate.common.web.LocaleSelection localeSelection;

    private Long consultationId;
    /** The form as read when the page opened (or after a save with conflicts, an upload or a removal). */
    private ResponseFormData form;

    private List<AnswerField> fields;
    private boolean publicationConsent;
    /**
     * Judged by the server when the page opens, so a form opened in time still reaches the server's own check when
     * posted late; a save refused for the deadline makes it read-only.
     */
    private boolean editable;
    /**
     * What the redirect after a save confirms ({@code draft} or {@code submitted}). Carried in the address rather
     * than the Flash: Mojarra's Flash lives in one cookie per session, so with several requests of one person at once
     * (two tabs, a double click, a deadline rush) a confirmation put in the Flash is lost (ConcurrencyIT).
     */
    private String saved;

    public void load() throws IOException {
        if (fields != null) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        // a representative without an organisation is sent to the organisation page by the error path (StepMissing)
        form = forms.formFor(consultationId == null ? -1 : consultationId);
        fields = form.questions().stream()
                .map(q -> new AnswerField(q, form.answerTo(q.id()).orElse(null)))
                .toList();
        for (ResponseFormData.KeptAnswer kept : form.kept()) {
            SavedAnswer theirs = form.answerTo(kept.questionId()).orElse(null);
            field(kept.questionId())
                    .show(new AnswerConflictNote(
                            false,
                            editor(theirs),
                            theirs == null ? null : theirs.editedAt(),
                            describe(kept.input()),
                            kept.keptAt()));
        }
        publicationConsent = form.publicationConsent();
        editable = form.editable();
        confirmSaved(context);
    }

    private void confirmSaved(FacesContext context) {
        ResponseFormData.ResponseView response = form.response();
        if ("draft".equals(saved) && response != null) {
            Notices.info("response.draftSaved");
        } else if ("asked".equals(saved) && response != null) {
            Notices.info("response.approvalAsked", form.approverNames());
        } else if ("submitted".equals(saved) && response != null && response.submitted()) {
            Notices.info("response.submitted", response.referenceNumber());
        } else {
            return;
        }
        context.getExternalContext().getFlash().setKeepMessages(false); // shown now, not after the next request
    }

    public String getSaved() {
        return saved;
    }

    public void setSaved(String saved) {
        this.saved = saved;
    }

    /** Runs a save; the exception handler shows a refusal, this only makes the form read-only past the deadline. */
    private DraftSave saving(java.util.function.Supplier<DraftSave> save) {
        try {
            return save.get();
        } catch (BusinessException e) {
            // kept: past the deadline the typed answers stay in the fields, read-only, for the user to copy
            if ("response.afterDeadline".equals(e.getMessageKey())) {
                editable = false;
            }
            throw e;
        }
    }

    public String saveDraft() {
        DraftSave saved = saving(() -> responses.saveDraft(id(), inputs(), publicationConsent, form.seen()));
        return saved.hasConflicts() ? conflicts(saved, "response.conflicts") : savedPage("draft");
    }

    /** A drafter saves and mails the approvers; an approver's own page submits instead. */
    public String askForApproval() {
        DraftSave saved = saving(() -> responses.askForApproval(id(), inputs(), publicationConsent, form.seen()));
        return saved.hasConflicts() ? conflicts(saved, "response.conflictsNotAsked") : savedPage("asked");
    }

    public String submit() {
        DraftSave saved = saving(() -> responses.submit(id(), inputs(), publicationConsent, form.seen()));
        return saved.hasConflicts() ? conflicts(saved, "response.conflictsNotSubmitted") : savedPage("submitted");
    }

    private long id() {
        return form.consultation().id();
    }

    private String savedPage(String what) {
        return "/consultation/org/respond.xhtml?faces-redirect=true&saved=" + what + "&consultation=" + id();
    }

    /**
     * The same page again, with what the person typed in every field and the colleague's saved text beside each
     * answer that clashed. The page has now seen the response as it is stored, so saving again writes the person's
     * (combined) text on purpose.
     */
    private String conflicts(DraftSave saved, String messageKey) {
        form = forms.formFor(id());
        fields.forEach(f -> f.show(null)); // only this save's conflicts
        for (AnswerConflict conflict : saved.conflicts()) {
            long questionId = conflict.getQuestion().getId();
            SavedAnswer theirs = form.answerTo(questionId).orElse(null);
            field(questionId)
                    .show(new AnswerConflictNote(
                            true,
                            editor(theirs),
                            theirs == null ? null : theirs.editedAt(),
                            theirs == null ? "" : describe(theirs.toInput()),
                            null));
        }
        Notices.error(messageKey, saved.conflicts().size());
        return null;
    }

    private AnswerField field(long questionId) {
        return fields.stream()
                .filter(f -> f.getQuestion().id() == questionId)
                .findFirst()
                .orElseThrow();
    }

    private static String editor(SavedAnswer answer) {
        return answer == null || answer.editedBy() == null ? "?" : answer.editedBy();
    }

    /** An answer as text: the chosen options' labels and the scale value before the written text. */
    private String describe(AnswerInput input) {
        QuestionView question = form.question(input.questionId());
        java.util.Locale locale = localeSelection.getLocale();
        List<String> parts = new ArrayList<>();
        input.selectedOptions().stream()
                .sorted()
                .filter(i -> i < question.options().size())
                .forEach(i -> parts.add("[x] " + question.options().get(i).in(locale)));
        if (input.scaleValue() != null) {
            parts.add(String.valueOf(input.scaleValue()));
        }
        if (input.text() != null) {
            parts.add(input.text());
        }
        return String.join("\n", parts);
    }

    public void upload(FileUploadEvent event) {
        attachments.attach(id(), event.getFile().getFileName(), event.getFile().getContent());
        Notices.info("attachment.added", event.getFile().getFileName());
        filesChanged();
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
    }

    public void removeAttachment(long attachmentId) {
        attachments.remove(attachmentId);
        filesChanged();
    }

    /** After an upload or a removal: the response's state and files as stored now, the answers as the page saw them. */
    private void filesChanged() {
        form = form.afterFileChange(forms.formFor(id()));
    }

    private List<AnswerInput> inputs() {
        return fields.stream().map(AnswerField::toInput).toList();
    }

    /** Before the feedback window opens the read-only page says so, not that the deadline has passed. */
    public boolean isNotYetOpen() {
        return form.notYetOpen();
    }

    /** The end of the organisation's extension, or null when it has none. */
    public java.time.Instant getExtendedUntil() {
        return form.getExtendedUntil();
    }

    public boolean isApprover() {
        return form.approver();
    }

    public String getApproverNames() {
        return form.approverNames();
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

    public ResponseFormData.Header getConsultation() {
        return form.consultation();
    }

    public ResponseFormData.ResponseView getResponse() {
        return form.response();
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
        return form.attachments();
    }
}
