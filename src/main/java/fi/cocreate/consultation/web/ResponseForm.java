package fi.cocreate.consultation.web;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.Attachments;
import fi.cocreate.consultation.boundary.Consultations;
import fi.cocreate.consultation.boundary.Organisations;
import fi.cocreate.consultation.boundary.Responses;
import fi.cocreate.consultation.boundary.SeenResponse;
import fi.cocreate.consultation.entity.Answer;
import fi.cocreate.consultation.entity.AnswerConflict;
import fi.cocreate.consultation.entity.AnswerInput;
import fi.cocreate.consultation.entity.AttachmentInfo;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.DraftSave;
import fi.cocreate.consultation.entity.Question;
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
    Responses responses;

    @Inject
    Consultations consultations;

    @Inject
    Organisations organisations;

    @Inject
    Attachments attachments;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    fi.cocreate.common.web.LocaleSelection localeSelection;

    private Long consultationId;
    private Consultation consultation;
    private Response response;
    private List<AnswerField> fields;
    private boolean publicationConsent;
    private List<AttachmentInfo> files = List.of();
    /** Judged when the page opens, so a form opened in time still reaches the server's own check when posted late. */
    private boolean editable;

    private boolean notYetOpen;
    /** The organisation's own deadline: the consultation's, or later under an extension. */
    private java.time.Instant closesAt;
    /** What the page showed of the response (each answer's revision): a colleague's later change is never overwritten. */
    private SeenResponse seen;
    /** Whether the caller may submit (an approver of the organisation); drafters ask for approval instead. */
    private boolean approver;
    /** The organisation's approvers by name, for the drafter's hint. */
    private String approverNames;
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
        consultation = consultations.find(consultationId == null ? -1 : consultationId);
        if (organisations.mine(currentUser.getEmail()).isEmpty()) {
            Notices.error("organisation.none");
            context.getExternalContext()
                    .redirect(context.getExternalContext().getRequestContextPath() + "/consultation/org/index.xhtml");
            return;
        }
        reload();
        confirmSaved(context);
    }

    private void confirmSaved(FacesContext context) {
        if ("draft".equals(saved) && response != null) {
            Notices.info("response.draftSaved");
        } else if ("asked".equals(saved) && response != null) {
            Notices.info("response.approvalAsked", approverNames);
        } else if ("submitted".equals(saved) && response != null && response.isSubmitted()) {
            Notices.info("response.submitted", response.getReferenceNumber());
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

    private void reload() {
        response =
                responses.mineFor(currentUser.getEmail(), consultation.getId()).orElse(null);
        seen = SeenResponse.of(response);
        ResponseVersion latest = response == null ? null : response.latestVersion();
        fields = consultation.getQuestions().stream()
                .map(q -> new AnswerField(
                        q, latest == null ? null : latest.answerTo(q.getId()).orElse(null)))
                .toList();
        if (response != null) {
            for (AnswerConflict kept : responses.myOpenConflicts(currentUser.getEmail(), response.getId())) {
                Answer theirs = latest.answerTo(kept.getQuestion().getId()).orElse(null);
                field(kept.getQuestion().getId())
                        .show(new AnswerConflictNote(
                                false,
                                editor(theirs),
                                theirs == null ? null : theirs.getEditedAt(),
                                describe(kept.toInput()),
                                kept.getCreatedAt()));
            }
        }
        approver = responses.mayApprove(currentUser.getEmail());
        approverNames = organisations.colleagues(currentUser.getEmail()).stream()
                .filter(Organisations.Colleague::approver)
                .map(Organisations.Colleague::name)
                .collect(java.util.stream.Collectors.joining(", "));
        publicationConsent = latest != null && latest.isPublicationConsent();
        files = response == null ? List.of() : attachments.ofMyResponse(currentUser.getEmail(), response.getId());
        closesAt = responses.closesAtFor(currentUser.getEmail(), consultation);
        editable = !clock.instant().isBefore(consultation.getOpensAt())
                && clock.instant().isBefore(closesAt);
        notYetOpen = clock.instant().isBefore(consultation.getOpensAt());
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
        DraftSave saved = saving(() ->
                responses.saveDraft(currentUser.getEmail(), consultation.getId(), inputs(), publicationConsent, seen));
        return saved.hasConflicts() ? conflicts(saved, "response.conflicts") : savedPage("draft");
    }

    /** A drafter saves and mails the approvers; an approver's own page submits instead. */
    public String askForApproval() {
        DraftSave saved = saving(() -> responses.askForApproval(
                currentUser.getEmail(), consultation.getId(), inputs(), publicationConsent, seen));
        return saved.hasConflicts() ? conflicts(saved, "response.conflictsNotAsked") : savedPage("asked");
    }

    public String submit() {
        DraftSave saved = saving(() ->
                responses.submit(currentUser.getEmail(), consultation.getId(), inputs(), publicationConsent, seen));
        return saved.hasConflicts() ? conflicts(saved, "response.conflictsNotSubmitted") : savedPage("submitted");
    }

    private String savedPage(String what) {
        return "/consultation/org/respond.xhtml?faces-redirect=true&saved=" + what + "&consultation="
                + consultation.getId();
    }

    /**
     * The same page again, with what the person typed in every field and the colleague's saved text beside each
     * answer that clashed. The page has now seen the response as it is stored, so saving again writes the person's
     * (combined) text on purpose.
     */
    private String conflicts(DraftSave saved, String messageKey) {
        response =
                responses.mineFor(currentUser.getEmail(), consultation.getId()).orElseThrow();
        seen = SeenResponse.of(response);
        ResponseVersion latest = response.latestVersion();
        fields.forEach(f -> f.show(null)); // only this save's conflicts
        for (AnswerConflict conflict : saved.conflicts()) {
            Answer theirs = latest.answerTo(conflict.getQuestion().getId()).orElse(null);
            field(conflict.getQuestion().getId())
                    .show(new AnswerConflictNote(
                            true,
                            editor(theirs),
                            theirs == null ? null : theirs.getEditedAt(),
                            theirs == null ? "" : describe(theirs.toInput()),
                            null));
        }
        Notices.error(messageKey, saved.conflicts().size());
        return null;
    }

    private AnswerField field(long questionId) {
        return fields.stream()
                .filter(f -> f.getQuestion().getId() == questionId)
                .findFirst()
                .orElseThrow();
    }

    private static String editor(Answer answer) {
        return answer == null || answer.getEditedBy() == null
                ? "?"
                : answer.getEditedBy().getDisplayName();
    }

    /** An answer as text: the chosen options' labels and the scale value before the written text. */
    private String describe(AnswerInput input) {
        Question question = consultation.getQuestions().stream()
                .filter(q -> q.getId() == input.questionId())
                .findFirst()
                .orElseThrow();
        java.util.Locale locale = localeSelection.getLocale();
        List<String> parts = new ArrayList<>();
        input.selectedOptions().stream()
                .sorted()
                .filter(i -> i < question.getOptions().size())
                .forEach(i -> parts.add(
                        "[x] " + question.getOptions().get(i).getLabel().in(locale)));
        if (input.scaleValue() != null) {
            parts.add(String.valueOf(input.scaleValue()));
        }
        if (input.text() != null) {
            parts.add(input.text());
        }
        return String.join("\n", parts);
    }

    public void upload(FileUploadEvent event) {
        attachments.attach(
                currentUser.getEmail(),
                consultation.getId(),
                event.getFile().getFileName(),
                event.getFile().getContent());
        Notices.info("attachment.added", event.getFile().getFileName());
        response =
                responses.mineFor(currentUser.getEmail(), consultation.getId()).orElse(null);
        if (!seen.started()) {
            seen = SeenResponse.of(response); // the upload started the response for this page
        }
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
            choices.add(
                    new Choice(String.valueOf(i), question.getOptions().get(i).getLabel()));
        }
        return choices;
    }

    public List<Integer> scaleValues(Question question) {
        return question.getScaleMin() == null
                ? List.of()
                : IntStream.rangeClosed(question.getScaleMin(), question.getScaleMax())
                        .boxed()
                        .toList();
    }

    /** Before the feedback window opens the read-only page says so, not that the deadline has passed. */
    public boolean isNotYetOpen() {
        return notYetOpen;
    }

    /** Whether the form takes changes; after the deadline the page is read-only. */
    /** The end of the organisation's extension, or null when it has none. */
    public java.time.Instant getExtendedUntil() {
        return closesAt != null && closesAt.isAfter(consultation.getDeadline()) ? closesAt : null;
    }

    public boolean isApprover() {
        return approver;
    }

    public String getApproverNames() {
        return approverNames;
    }

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
