package fi.cocreate.consultation.entity;

import fi.cocreate.common.BusinessException;
import fi.cocreate.identity.entity.Account;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * The written response of one organisation to one consultation (one per pair, also a unique key). Representatives
 * save drafts and submit until the deadline, judged at the instant of saving. The first submission gives the reference
 * number; an edit after submission starts a new version, and every version is kept. Whether the response counts as
 * the organisation's follows the organisation's verification.
 */
@Entity
@Table(name = "response")
@NamedQuery(
        name = Response.BY_CONSULTATION_AND_ORGANISATION,
        query = "select r from Response r where r.consultation.id = :consultationId "
                + "and r.organisation.id = :organisationId")
@NamedQuery(
        name = Response.OF_ORGANISATION,
        query = "select r from Response r where r.organisation.id = :organisationId order by r.updatedAt desc")
@NamedQuery(
        name = Response.OF_CONSULTATION,
        query = "select r from Response r left join r.organisation o where r.consultation.id = :consultationId"
                + " order by o.name, r.id")
@NamedQuery(
        name = Response.SUBMITTED_OF_CONSULTATION,
        query = "select r from Response r where r.consultation.id = :consultationId and r.state = "
                + "fi.cocreate.consultation.entity.ResponseState.SUBMITTED order by r.submittedAt")
@NamedQuery(
        name = Response.DRAFTS_OF_CONSULTATION,
        query = "select r from Response r where r.consultation.id = :consultationId and r.state = "
                + "fi.cocreate.consultation.entity.ResponseState.DRAFT")
@NamedQuery(name = Response.BY_REFERENCE, query = "select r from Response r where r.referenceNumber = :reference")
public class Response implements Serializable {

    public static final String BY_CONSULTATION_AND_ORGANISATION = "Response.byConsultationAndOrganisation";
    public static final String OF_ORGANISATION = "Response.ofOrganisation";
    public static final String OF_CONSULTATION = "Response.ofConsultation";
    public static final String SUBMITTED_OF_CONSULTATION = "Response.submittedOfConsultation";
    public static final String DRAFTS_OF_CONSULTATION = "Response.draftsOfConsultation";
    public static final String BY_REFERENCE = "Response.byReference";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // Lazy to-ones (woven by Payara at deployment): read when used, for every response read together (one IN
    // statement per relationship), or join-fetched by the queries that need them.
    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "consultation_id")
    private Consultation consultation;

    /** The responding organisation; null for an event's output, whose source is {@link #event}. */
    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    /** The workshop or event whose notes and outputs this is (channel EVENT); null for an organisation's response. */
    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private ConsultationEvent event;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ResponseState state;

    @Column(name = "reference_number", length = 30)
    private String referenceNumber;

    @Column(name = "publication_consent", nullable = false)
    private boolean publicationConsent;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "submitted_version")
    private Integer submittedVersion;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** Submitted at or after the consultation's deadline, under an extension staff granted the organisation. */
    @Column(name = "late_submission", nullable = false)
    private boolean late;

    /** Through the form, or entered by staff from an email or a letter. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ResponseChannel channel = ResponseChannel.WEB;

    @BatchFetch(BatchFetchType.EXISTS)
    @OneToMany(mappedBy = "response", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("number")
    private List<ResponseVersion> versions = new ArrayList<>();

    @Version
    private long version;

    protected Response() {}

    /** Starts the organisation's response with an empty first draft; only while the consultation takes feedback. */
    public Response(Consultation consultation, Organisation organisation, Account author, Instant now) {
        this(consultation, organisation, author, now, consultation.getDeadline());
    }

    /**
     * As {@link #Response(Consultation, Organisation, Account, Instant)} for an organisation whose own deadline is
     * {@code closesAt}: the consultation's, or later when staff granted it an extension.
     */
    public Response(
            Consultation consultation, Organisation organisation, Account author, Instant now, Instant closesAt) {
        this.consultation = Objects.requireNonNull(consultation, "Consultation is required.");
        this.organisation = Objects.requireNonNull(organisation, "Organisation is required.");
        this.author = Objects.requireNonNull(author, "Author is required.");
        requireOpen(now, closesAt);
        this.state = ResponseState.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
        this.versions.add(new ResponseVersion(this, 1, author, now));
        this.currentVersion = 1;
    }

    /**
     * Saves the answers as the current draft. After a submission the first save starts a new version, so the
     * submitted one stays as it was. Refused at or after the deadline; nothing stored changes then.
     */
    public ResponseVersion saveDraft(List<AnswerInput> answers, boolean consent, Account by, Instant now) {
        return saveDraft(answers, consent, by, now, consultation.getDeadline());
    }

    /** As {@link #saveDraft(List, boolean, Account, Instant)} until the organisation's own deadline {@code closesAt}. */
    public ResponseVersion saveDraft(
            List<AnswerInput> answers, boolean consent, Account by, Instant now, Instant closesAt) {
        return saveDraft(answers, consent, by, now, closesAt, null).version();
    }

    /**
     * As {@link #saveDraft(List, boolean, Account, Instant, Instant)} from a form that showed each answer at a
     * revision ({@code seenRevisions} by question id; null checks nothing). An answer a colleague changed since then
     * stays as they saved it and the input for it comes back as a conflict, to be kept beside theirs; the other
     * answers are saved. So two representatives drafting at once never overwrite each other.
     */
    public DraftSave saveDraft(
            List<AnswerInput> answers,
            boolean consent,
            Account by,
            Instant now,
            Instant closesAt,
            Map<Long, Integer> seenRevisions) {
        requireOpen(now, closesAt);
        ResponseVersion draft = draftFor(by, now);
        List<AnswerInput> clashes = draft.write(answers, consent, by, now, seenRevisions);
        this.author = by;
        this.updatedAt = now;
        List<AnswerConflict> conflicts = new ArrayList<>();
        for (AnswerInput clash : clashes) {
            Answer theirs = draft.answerTo(clash.questionId()).orElseThrow();
            conflicts.add(new AnswerConflict(this, theirs.getQuestion(), by, clash, theirs.getRevision(), now));
        }
        return new DraftSave(draft, conflicts, false);
    }

    /**
     * The organisation's open draft, opened now as a copy of the last submission if there is none: a change that is
     * not an answer (a file added or removed) belongs to a draft, and is submitted with it.
     */
    public ResponseVersion openDraft(Account by, Instant now, Instant closesAt) {
        requireOpen(now, closesAt);
        if (!latestVersion().isSubmitted()) {
            return latestVersion();
        }
        ResponseVersion draft = draftFor(by, now);
        this.updatedAt = now;
        return draft;
    }

    private ResponseVersion write(List<AnswerInput> answers, boolean consent, Account by, Instant now) {
        ResponseVersion draft = draftFor(by, now);
        draft.write(answers, consent, by, now);
        this.author = by;
        this.updatedAt = now;
        return draft;
    }

    /** The version a save writes: the latest, or after a submission a new one, so the submitted one stays as it was. */
    private ResponseVersion draftFor(Account by, Instant now) {
        ResponseVersion latest = latestVersion();
        if (!latest.isSubmitted()) {
            return latest;
        }
        ResponseVersion draft = latest.successor(by, now);
        versions.add(draft);
        currentVersion = draft.getNumber();
        return draft;
    }

    /**
     * Saves and submits the answers. The first submission assigns the reference number that {@code references}
     * makes from the response id; later submissions keep it. Refused at or after the deadline.
     */
    public ResponseVersion submit(
            List<AnswerInput> answers, boolean consent, Account by, Instant now, LongFunction<String> references) {
        return submit(answers, consent, by, now, references, consultation.getDeadline());
    }

    /**
     * As {@link #submit(List, boolean, Account, Instant, LongFunction)} until the organisation's own deadline
     * {@code closesAt}; a submission at or after the consultation's deadline is marked late.
     */
    public ResponseVersion submit(
            List<AnswerInput> answers,
            boolean consent,
            Account by,
            Instant now,
            LongFunction<String> references,
            Instant closesAt) {
        return submit(answers, consent, by, now, references, closesAt, null).version();
    }

    /**
     * Submits the official response: only an approver of the organisation may (refused before anything is saved). From
     * a form that showed each answer at a revision ({@code seenRevisions}, null checks nothing): if a colleague
     * changed an answer since, nothing is submitted; the other answers are saved as a draft and the conflicts come
     * back, so the approver submits only what they have seen. The version records who approved it.
     */
    public DraftSave submit(
            List<AnswerInput> answers,
            boolean consent,
            Account by,
            Instant now,
            LongFunction<String> references,
            Instant closesAt,
            Map<Long, Integer> seenRevisions) {
        organisation.requireApprover(by);
        DraftSave saved = saveDraft(answers, consent, by, now, closesAt, seenRevisions);
        if (saved.hasConflicts()) {
            return saved;
        }
        ResponseVersion draft = saved.version();
        markSubmitted(draft, now, by, consent, consultation.isPastDeadline(now), references);
        return new DraftSave(draft, List.of(), true);
    }

    /**
     * Makes {@code draft} the submitted version as of {@code at} (approved by {@code approver}, none for staff's
     * entries), and gives the response its reference number on its first submission.
     */
    private void markSubmitted(
            ResponseVersion draft,
            Instant at,
            Account approver,
            boolean consent,
            boolean late,
            LongFunction<String> references) {
        this.late = late;
        draft.markSubmitted(at, approver);
        this.state = ResponseState.SUBMITTED;
        this.submittedVersion = draft.getNumber();
        this.submittedAt = at;
        this.publicationConsent = consent;
        if (referenceNumber == null) {
            referenceNumber = references.apply(Objects.requireNonNull(id, "Persist the response before submitting."));
        }
    }

    /**
     * Staff enter a statement that reached the ministry by email or post: a new response of the organisation, or its
     * unsubmitted draft, is submitted as of its arrival (never in the future, never before the consultation opened),
     * and is marked late if it arrived at or after the deadline. Refused if the organisation already submitted.
     */
    public static Response received(Consultation consultation, Organisation organisation, Account staff, Instant now) {
        Response response = new Response();
        response.consultation = Objects.requireNonNull(consultation, "Consultation is required.");
        response.organisation = Objects.requireNonNull(organisation, "Organisation is required.");
        response.author = Objects.requireNonNull(staff, "Author is required.");
        response.state = ResponseState.DRAFT;
        response.createdAt = now;
        response.updatedAt = now;
        response.versions.add(new ResponseVersion(response, 1, staff, now));
        response.currentVersion = 1;
        return response;
    }

    /**
     * Staff enter the notes and outputs of one of the consultation's workshops or events as feedback: submitted at
     * once as of the event's start, with channel EVENT and no organisation (it is not an organisation's statement and
     * never late: events are part of the consultation). Only for an event of this consultation that has started.
     * Then it is moderated, coded, cited and shown like a written response, named by the event.
     */
    public static Response eventOutput(Consultation consultation, ConsultationEvent event, Account staff, Instant now) {
        Objects.requireNonNull(consultation, "Consultation is required.");
        if (event == null) {
            throw new BusinessException("entered.eventRequired").about("event");
        }
        if (event.getConsultation() != consultation
                && !Objects.equals(event.getConsultation().getId(), consultation.getId())) {
            throw new BusinessException("entered.eventOfOtherConsultation").about("event");
        }
        if (event.getStartsAt().isAfter(now)) {
            throw new BusinessException("entered.eventNotHeld").about("event");
        }
        Response response = new Response();
        response.consultation = consultation;
        response.event = event;
        response.channel = ResponseChannel.EVENT;
        response.author = Objects.requireNonNull(staff, "Author is required.");
        response.state = ResponseState.DRAFT;
        response.createdAt = now;
        response.updatedAt = now;
        response.versions.add(new ResponseVersion(response, 1, staff, now));
        response.currentVersion = 1;
        return response;
    }

    /** Submits an {@link #eventOutput event output}'s entered notes as of the event's start. */
    public ResponseVersion submitEventOutput(
            List<AnswerInput> answers, boolean consent, Account staff, Instant now, LongFunction<String> references) {
        if (event == null) {
            throw new IllegalStateException("Not an event output.");
        }
        if (state == ResponseState.SUBMITTED) {
            throw new BusinessException("entered.alreadySubmitted", referenceNumber);
        }
        if (answers.stream().allMatch(a -> a.text() == null || a.text().isBlank())) {
            throw new BusinessException("entered.eventNotesRequired");
        }
        ResponseVersion draft = write(answers, consent, staff, now);
        markSubmitted(draft, event.getStartsAt(), null, consent, false, references);
        return draft;
    }

    /** See {@link #received}: submits the entered answers as of {@code arrivedAt}. */
    public ResponseVersion enterReceived(
            List<AnswerInput> answers,
            boolean consent,
            Account staff,
            ResponseChannel via,
            Instant arrivedAt,
            Instant now,
            LongFunction<String> references) {
        if (via == null || via == ResponseChannel.WEB || via == ResponseChannel.EVENT) {
            throw new BusinessException("entered.channelRequired").about("channel");
        }
        if (arrivedAt == null || arrivedAt.isAfter(now) || arrivedAt.isBefore(consultation.getOpensAt())) {
            throw new BusinessException("entered.arrivalOutOfRange").about("arrivedAt");
        }
        if (state == ResponseState.SUBMITTED) {
            throw new BusinessException("entered.alreadySubmitted", referenceNumber);
        }
        ResponseVersion draft = write(answers, consent, staff, now);
        this.channel = via;
        markSubmitted(draft, arrivedAt, null, consent, consultation.isPastDeadline(arrivedAt), references);
        return draft;
    }

    public ResponseChannel getChannel() {
        return channel;
    }

    private void requireOpen(Instant now, Instant closesAt) {
        if (!now.isBefore(closesAt)) {
            throw new BusinessException("response.afterDeadline");
        }
        if (now.isBefore(consultation.getOpensAt())) {
            throw new BusinessException("response.notOpenYet");
        }
    }

    /** Whether the organisation may still change it at this instant. */
    public boolean isEditableAt(Instant now) {
        return isEditableAt(now, consultation.getDeadline());
    }

    /** Whether the organisation, whose own deadline is {@code closesAt}, may still change it at this instant. */
    public boolean isEditableAt(Instant now, Instant closesAt) {
        return !now.isBefore(consultation.getOpensAt()) && now.isBefore(closesAt);
    }

    /** Submitted at or after the consultation's deadline, under an extension. */
    public boolean isLate() {
        return late;
    }

    /**
     * Whether the response counts as the organisation's: only once staff have verified the organisation. An event's
     * output, entered by staff, counts as that event's output (never as an organisation's).
     */
    public boolean isCounted() {
        return state == ResponseState.SUBMITTED && (event != null || organisation.isVerified());
    }

    /** The notes and outputs of a workshop or event, entered by staff, rather than an organisation's statement. */
    public boolean isEventOutput() {
        return event != null;
    }

    /** The event this is the output of; null for an organisation's response. */
    public ConsultationEvent getEvent() {
        return event;
    }

    /** Who the feedback is from, as shown: the organisation's name, or the event's title in the reader's language. */
    public String sourceName(java.util.Locale locale) {
        return event != null ? event.getTitle().in(locale) : organisation.getName();
    }

    /** Whether a draft newer than the last submission exists (never submitted, or edited since). */
    public boolean hasUnsubmittedChanges() {
        return !latestVersion().isSubmitted();
    }

    public ResponseVersion latestVersion() {
        return versions.get(versions.size() - 1);
    }

    /** The content digest of the submitted version (see the receipt check), or null before the first submission. */
    public String getSubmittedDigest() {
        return submittedVersion().map(ResponseVersion::getDigest).orElse(null);
    }

    /** The version that was submitted last, which is what staff read and moderate. */
    public Optional<ResponseVersion> submittedVersion() {
        return submittedVersion == null ? Optional.empty() : version(submittedVersion);
    }

    public Optional<ResponseVersion> version(int number) {
        return versions.stream().filter(v -> v.getNumber() == number).findFirst();
    }

    public Long getId() {
        return id;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public ResponseState getState() {
        return state;
    }

    public boolean isSubmitted() {
        return state == ResponseState.SUBMITTED;
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    /** The consent of the last submitted version: may the response be published under the organisation's name. */
    public boolean isPublicationConsent() {
        return publicationConsent;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public Integer getSubmittedVersion() {
        return submittedVersion;
    }

    public Account getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    /** The optimistic-lock version: a form keeps the one it showed so that a save from a stale page is refused. */
    public long getVersion() {
        return version;
    }

    /**
     * Refuses a save from a form that showed this response at {@code seenVersion} ({@code Responses.NOT_STARTED} if
     * there was none yet) when someone saved or submitted it since; names who and when. Null is not checked.
     */
    public void requireSeen(Long seenVersion) {
        if (seenVersion != null && seenVersion != version) {
            fi.cocreate.common.LastEdit.requireSeen(
                    seenVersion,
                    version,
                    new fi.cocreate.common.LastEdit(author.getDisplayName(), updatedAt),
                    "response.changedMeanwhile");
        }
    }

    /**
     * Refuses a submit from a page opened before the last submission ({@code seenSubmittedVersion} is the submitted
     * version the page showed, null for none): a second submit of the same page (a double click, a second tab, two
     * approvers at once) is told who submitted and when instead of submitting again.
     */
    public void requireNotSubmittedSince(Integer seenSubmittedVersion) {
        if (!Objects.equals(seenSubmittedVersion, submittedVersion)) {
            fi.cocreate.common.LastEdit.requireSeen(
                    -1L,
                    version,
                    new fi.cocreate.common.LastEdit(author.getDisplayName(), updatedAt),
                    "response.changedMeanwhile");
        }
    }

    public List<ResponseVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }
}
