package fi.cocreate.consultation.boundary;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.entity.Answer;
import fi.cocreate.consultation.entity.AnswerConflict;
import fi.cocreate.consultation.entity.AnswerInput;
import fi.cocreate.consultation.entity.AttachmentInfo;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.Organisation;
import fi.cocreate.consultation.entity.Question;
import fi.cocreate.consultation.entity.QuestionOption;
import fi.cocreate.consultation.entity.QuestionType;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.ResponseState;
import fi.cocreate.consultation.entity.ResponseVersion;
import fi.cocreate.identity.entity.Account;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything the organisation's respond page shows for one consultation, read in one boundary call
 * ({@link ResponseForms#formFor}) and kept by the view-scoped page instead of entities: the consultation's header and
 * questions, the organisation's response (its state, the latest version's answers with their revisions, the caller's
 * answers kept after a conflict), its files, the organisation's own deadline and whether the form takes changes now
 * (judged by the server's clock when it was read), and whether the caller may submit. {@link #seen()} is what a save
 * passes back for the optimistic check. Immutable; the accessors named {@code getX} are for EL 5, which reads no
 * record components.
 */
public record ResponseFormData(
        Header consultation,
        List<QuestionView> questions,
        ResponseView response,
        Map<Long, SavedAnswer> answers,
        boolean publicationConsent,
        List<KeptAnswer> kept,
        SeenResponse seen,
        List<AttachmentInfo> attachments,
        Instant closesAt,
        boolean editable,
        boolean notYetOpen,
        boolean approver,
        String approverNames)
        implements Serializable {

    public ResponseFormData {
        questions = List.copyOf(questions);
        answers = Map.copyOf(answers);
        kept = List.copyOf(kept);
        attachments = List.copyOf(attachments);
    }

    /**
     * The form as {@code caller} of {@code organisation} sees it at {@code now}. {@code response} is null when the
     * organisation has not started one; {@code kept} are the caller's open conflicts on it, {@code files} its files.
     */
    public static ResponseFormData of(
            Consultation consultation,
            Organisation organisation,
            Account caller,
            Response response,
            List<AnswerConflict> kept,
            List<AttachmentInfo> files,
            Instant closesAt,
            Instant now) {
        ResponseVersion latest = response == null ? null : response.latestVersion();
        Map<Long, SavedAnswer> answers = new LinkedHashMap<>();
        if (latest != null) {
            for (Answer answer : latest.getAnswers()) {
                answers.put(answer.getQuestion().getId(), SavedAnswer.of(answer));
            }
        }
        return new ResponseFormData(
                Header.of(consultation),
                consultation.getQuestions().stream().map(QuestionView::of).toList(),
                response == null ? null : ResponseView.of(response),
                answers,
                latest != null && latest.isPublicationConsent(),
                kept.stream()
                        .map(c -> new KeptAnswer(c.getQuestion().getId(), c.toInput(), c.getCreatedAt()))
                        .toList(),
                SeenResponse.of(response),
                files,
                closesAt,
                consultation.acceptsFeedbackAt(now, closesAt),
                now.isBefore(consultation.getOpensAt()),
                organisation.isApprover(caller),
                organisation.getRepresentatives().stream()
                        .filter(organisation::isApprover)
                        .map(Account::getDisplayName)
                        .sorted(String.CASE_INSENSITIVE_ORDER)
                        .collect(Collectors.joining(", ")));
    }

    /**
     * This form after a file was added or removed, with the response's state and files as {@code now} has them. The
     * answers, and what the page has seen of them, stay as this form read them (the fields may hold unsaved text); but
     * when the upload started the response, the page has now seen it started.
     */
    public ResponseFormData afterFileChange(ResponseFormData now) {
        return new ResponseFormData(
                consultation,
                questions,
                now.response,
                answers,
                publicationConsent,
                kept,
                seen.started() ? seen : now.seen,
                now.attachments,
                closesAt,
                editable,
                notYetOpen,
                approver,
                approverNames);
    }

    public Optional<SavedAnswer> answerTo(long questionId) {
        return Optional.ofNullable(answers.get(questionId));
    }

    public QuestionView question(long questionId) {
        return questions.stream()
                .filter(q -> q.id() == questionId)
                .findFirst()
                .orElseThrow(() -> new fi.cocreate.common.BusinessException("answer.unknownQuestion"));
    }

    /** The organisation's own deadline, when it is later than the consultation's (an extension); otherwise null. */
    public Instant getExtendedUntil() {
        return closesAt != null && closesAt.isAfter(consultation.deadline()) ? closesAt : null;
    }

    /** The consultation's header as the page shows it. */
    public record Header(long id, LocalizedText process, LocalizedText title, Instant opensAt, Instant deadline)
            implements Serializable {

        static Header of(Consultation c) {
            return new Header(c.getId(), c.getProcess(), c.getTitle(), c.getOpensAt(), c.getDeadline());
        }

        public long getId() {
            return id;
        }

        public LocalizedText getProcess() {
            return process;
        }

        public LocalizedText getTitle() {
            return title;
        }

        public Instant getOpensAt() {
            return opensAt;
        }

        public Instant getDeadline() {
            return deadline;
        }
    }

    /** One question: its text, kind, limits and the labels of its options in order (an option's value is its index). */
    public record QuestionView(
            long id,
            int position,
            QuestionType type,
            LocalizedText text,
            int maxLength,
            List<LocalizedText> options,
            Integer scaleMin,
            Integer scaleMax)
            implements Serializable {

        public QuestionView {
            options = List.copyOf(options);
        }

        static QuestionView of(Question q) {
            return new QuestionView(
                    q.getId(),
                    q.getPosition(),
                    q.getType(),
                    q.getText(),
                    q.getMaxLength(),
                    q.getOptions().stream().map(QuestionOption::getLabel).toList(),
                    q.getScaleMin(),
                    q.getScaleMax());
        }

        public long getId() {
            return id;
        }

        public int getPosition() {
            return position;
        }

        public QuestionType getType() {
            return type;
        }

        public LocalizedText getText() {
            return text;
        }

        public int getMaxLength() {
            return maxLength;
        }
    }

    /** The organisation's response as the page shows it above the form. */
    public record ResponseView(
            long id,
            ResponseState state,
            String referenceNumber,
            boolean submitted,
            boolean unsubmittedChanges,
            boolean organisationVerified,
            String submittedDigest)
            implements Serializable {

        static ResponseView of(Response r) {
            return new ResponseView(
                    r.getId(),
                    r.getState(),
                    r.getReferenceNumber(),
                    r.isSubmitted(),
                    r.hasUnsubmittedChanges(),
                    r.getOrganisation().isVerified(),
                    r.getSubmittedDigest());
        }

        public long getId() {
            return id;
        }

        public ResponseState getState() {
            return state;
        }

        public String getReferenceNumber() {
            return referenceNumber;
        }

        public boolean isSubmitted() {
            return submitted;
        }

        public boolean isUnsubmittedChanges() {
            return unsubmittedChanges;
        }

        public boolean isOrganisationVerified() {
            return organisationVerified;
        }

        public String getSubmittedDigest() {
            return submittedDigest;
        }
    }

    /** A stored answer of the latest version: what it says, its revision, and who changed it last and when. */
    public record SavedAnswer(
            long questionId,
            String text,
            Set<Integer> selectedOptions,
            Integer scaleValue,
            int revision,
            String editedBy,
            Instant editedAt)
            implements Serializable {

        public SavedAnswer {
            selectedOptions = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(selectedOptions));
        }

        static SavedAnswer of(Answer a) {
            return new SavedAnswer(
                    a.getQuestion().getId(),
                    a.getText(),
                    a.getSelectedOptions(),
                    a.getScaleValue(),
                    a.getRevision(),
                    a.getEditedBy() == null ? null : a.getEditedBy().getDisplayName(),
                    a.getEditedAt());
        }

        public AnswerInput toInput() {
            return new AnswerInput(questionId, text, selectedOptions, scaleValue);
        }
    }

    /** The caller's own answer that lost to a colleague's change, kept (since {@code keptAt}) until saved again. */
    public record KeptAnswer(long questionId, AnswerInput input, Instant keptAt) implements Serializable {}
}
