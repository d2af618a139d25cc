package fi.cocreate.consultation.boundary;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.entity.AnswerConflict;
import fi.cocreate.consultation.entity.AnswerInput;
import fi.cocreate.consultation.entity.AttachmentInfo;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.Organisation;
import fi.cocreate.consultation.entity.QuestionType;
import fi.cocreate.consultation.entity.ResponseState;
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
     * The form as {@code caller} of {@code organisation} sees it at {@code now}: the questions and, when the
     * organisation has started a response, its state, the latest version's answers (by question id) and consent, the
     * caller's answers kept after a conflict and the response's files. Whether the form takes changes is the
     * consultation's rule for the organisation's own deadline {@code closesAt}.
     */
    static ResponseFormData of(
            Consultation consultation,
            List<QuestionView> questions,
            Organisation organisation,
            Account caller,
            ResponseView response,
            Map<Long, SavedAnswer> answers,
            boolean publicationConsent,
            List<AnswerConflict> kept,
            List<AttachmentInfo> files,
            Instant closesAt,
            Instant now) {
        Map<Long, Integer> revisions = new LinkedHashMap<>();
        answers.values().forEach(a -> revisions.put(a.questionId(), a.revision()));
        return new ResponseFormData(
                Header.of(consultation),
                questions,
                response,
                answers,
                response != null && publicationConsent,
                kept.stream()
                        .map(c -> new KeptAnswer(c.getQuestion().getId(), c.toInput(), c.getCreatedAt()))
                        .toList(),
                response == null
                        ? new SeenResponse(false, null, Map.of())
                        : new SeenResponse(true, response.submittedVersion(), revisions),
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
            String submittedDigest,
            Integer submittedVersion)
            implements Serializable {

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

        public AnswerInput toInput() {
            return new AnswerInput(questionId, text, selectedOptions, scaleValue);
        }
    }

    /** The caller's own answer that lost to a colleague's change, kept (since {@code keptAt}) until saved again. */
    public record KeptAnswer(long questionId, AnswerInput input, Instant keptAt) implements Serializable {}
}
