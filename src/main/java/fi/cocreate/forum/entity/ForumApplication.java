package fi.cocreate.forum.entity;

import fi.cocreate.common.BusinessException;
import fi.cocreate.identity.entity.Account;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One person's application to a forum call. It guards its own life cycle: a draft may be saved while the call has not
 * closed, submitted only inside the call's window, edited until the window closes, withdrawn before a decision, and
 * decided only after the window has closed. Its personal data can be erased, leaving non-identifying statistics
 * (status, gender, new home country, areas of expertise).
 */
@Entity
@Table(name = "forum_application")
@NamedQuery(
        name = ForumApplication.BY_APPLICANT,
        query = "select a from ForumApplication a where a.applicant.id = :applicant order by a.createdAt desc")
@NamedQuery(
        name = ForumApplication.BY_CALL_AND_APPLICANT,
        query = "select a from ForumApplication a where a.call.id = :call and a.applicant.id = :applicant")
@NamedQuery(
        name = ForumApplication.BY_CALL,
        query = "select a from ForumApplication a where a.call.id = :call and a.status <> "
                + "fi.cocreate.forum.entity.ApplicationStatus.DRAFT order by a.submittedAt, a.id")
@NamedQuery(
        name = ForumApplication.BY_CALL_AND_STATUS,
        query = "select a from ForumApplication a where a.call.id = :call and a.status in :statuses order by a.id")
@NamedQuery(
        name = ForumApplication.COUNT_BY_CALL,
        query = "select count(a) from ForumApplication a where a.call.id = :call")
@NamedQuery(
        name = ForumApplication.RETENTION_DUE,
        query = "select a from ForumApplication a where a.erasedAt is null and ("
                + "(a.status in (fi.cocreate.forum.entity.ApplicationStatus.NOT_SELECTED, "
                + "fi.cocreate.forum.entity.ApplicationStatus.WAITING_LIST) and a.decidedAt < :before) or "
                + "(a.status in (fi.cocreate.forum.entity.ApplicationStatus.DRAFT, "
                + "fi.cocreate.forum.entity.ApplicationStatus.WITHDRAWN) and a.call.window.closesAt < :before))")
public class ForumApplication implements Serializable {

    public static final String BY_APPLICANT = "ForumApplication.byApplicant";
    public static final String BY_CALL_AND_APPLICANT = "ForumApplication.byCallAndApplicant";
    public static final String BY_CALL = "ForumApplication.byCall";
    public static final String BY_CALL_AND_STATUS = "ForumApplication.byCallAndStatus";
    public static final String COUNT_BY_CALL = "ForumApplication.countByCall";
    public static final String RETENTION_DUE = "ForumApplication.retentionDue";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "call_id", nullable = false)
    private ForumCall call;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "applicant_id")
    private Account applicant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status = ApplicationStatus.DRAFT;

    @Column(nullable = false, length = 2)
    private String language;

    /** Null only when EclipseLink read an erased application whose every profile column is empty. */
    @Embedded
    private ApplicantProfile profile;

    @BatchFetch(BatchFetchType.EXISTS)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "forum_application_language", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "language_code", length = 8)
    @OrderBy
    private List<String> languages = new ArrayList<>();

    @BatchFetch(BatchFetchType.EXISTS)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "forum_application_expertise", joinColumns = @JoinColumn(name = "application_id"))
    @OrderBy("area")
    private List<ApplicationExpertise> expertise = new ArrayList<>();

    @Column(name = "consent_given_at")
    private Instant consentGivenAt;

    /** Null while no CV is attached. */
    @Embedded
    private CvReference cv;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "erasure_requested_at")
    private Instant erasureRequestedAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    /** The step of the form where the applicant last was (a name of {@code ApplicationStep}), to resume there. */
    @Column(name = "wizard_step", length = 20)
    private String wizardStep;

    @Version
    private long version;

    protected ForumApplication() {}

    /** A new draft for the call, prefilled with the applicant's name and address. */
    public ForumApplication(ForumCall call, Account applicant, String language, Instant now) {
        this.call = Objects.requireNonNull(call, "Call is required.");
        this.applicant = Objects.requireNonNull(applicant, "Applicant is required.");
        this.language = Objects.requireNonNull(language, "Language is required.");
        this.profile = ApplicantProfile.of(applicant.getDisplayName(), applicant.getEmail());
        this.createdAt = Objects.requireNonNull(now);
        this.updatedAt = now;
    }

    // ---- life cycle

    /** Whether the applicant may still change this application: not erased, not withdrawn, call not closed. */
    public boolean isEditableAt(Instant now) {
        return erasedAt == null
                && (status == ApplicationStatus.DRAFT || status == ApplicationStatus.SUBMITTED)
                && now.isBefore(call.getClosesAt());
    }

    /** Takes over what the applicant wrote. A submitted application stays submitted (the caller checks it whole). */
    public void fill(ApplicationContent content, Instant now) {
        if (!isEditableAt(now)) {
            throw new BusinessException(
                    now.isBefore(call.getClosesAt())
                            ? "forum.application.notEditable"
                            : "forum.application.windowClosed");
        }
        profile = ApplicantProfile.from(content);
        languages.clear();
        content.getLanguages().stream().distinct().sorted().forEach(languages::add);
        expertise.clear();
        expertise.addAll(content.expertise());
        if (!content.isConsent()) {
            consentGivenAt = null;
        } else if (consentGivenAt == null) {
            consentGivenAt = now;
        }
        updatedAt = now;
    }

    /** Submits (or re-submits after an edit) inside the call's window; returns whether this was the first time. */
    public boolean submit(Instant now) {
        if (!call.isOpenAt(now)) {
            throw new BusinessException("forum.application.windowClosed");
        }
        if (!isEditableAt(now)) {
            throw new BusinessException("forum.application.notEditable");
        }
        boolean first = status == ApplicationStatus.DRAFT;
        status = ApplicationStatus.SUBMITTED;
        submittedAt = first ? now : submittedAt;
        updatedAt = now;
        return first;
    }

    /** The applicant takes the application back; possible until the panel has decided. */
    public void withdraw(Instant now) {
        if (erasedAt != null || !(status == ApplicationStatus.DRAFT || status.isInSelection())) {
            throw new BusinessException("forum.application.cannotWithdraw");
        }
        status = ApplicationStatus.WITHDRAWN;
        withdrawnAt = now;
        updatedAt = now;
    }

    /** The panel starts reviewing a submitted application once the window has closed. */
    public void startReview(Instant now) {
        if (status == ApplicationStatus.SUBMITTED && !now.isBefore(call.getClosesAt())) {
            status = ApplicationStatus.UNDER_REVIEW;
            updatedAt = now;
        }
    }

    /**
     * The panel's decision: SELECTED, WAITING_LIST or NOT_SELECTED. Only for a submitted application whose window has
     * closed; a decision may be changed until the data is erased.
     */
    public void decide(ApplicationStatus decision, Instant now) {
        if (decision == null || !decision.isDecision()) {
            throw new IllegalArgumentException("Not a decision: " + decision);
        }
        if (erasedAt != null || !(status.isInSelection() || status.isDecision())) {
            throw new BusinessException("forum.application.notDecidable");
        }
        if (now.isBefore(call.getClosesAt())) {
            throw new BusinessException("forum.application.windowStillOpen");
        }
        status = decision;
        decidedAt = now;
        updatedAt = now;
    }

    /** Remembers where the applicant is in the form, so that resuming opens that step. */
    public void resumeAt(String step) {
        wizardStep = step;
    }

    public String getWizardStep() {
        return wizardStep;
    }

    public void recordCv(String fileName, int size, Instant now) {
        cv = new CvReference(fileName, size);
        updatedAt = now;
    }

    public void requestErasure(Instant now) {
        if (erasureRequestedAt == null) {
            erasureRequestedAt = now;
        }
    }

    /**
     * Erases everything that identifies the applicant. Keeps the status, gender, new home country and areas of
     * expertise (without descriptions) for statistics. The caller deletes the CV.
     */
    public void erasePersonalData(Instant now) {
        if (erasedAt != null) {
            return;
        }
        if (status == ApplicationStatus.DRAFT || status.isInSelection()) {
            status = ApplicationStatus.WITHDRAWN;
            withdrawnAt = now;
        }
        applicant = null;
        profile = profile().erased();
        languages.clear();
        List<ApplicationExpertise> areasOnly = expertise.stream()
                .map(e -> new ApplicationExpertise(e.getArea(), null))
                .toList();
        expertise.clear();
        expertise.addAll(areasOnly);
        consentGivenAt = null;
        cv = null;
        erasedAt = now;
        updatedAt = now;
    }

    public boolean isOwnedBy(Account account) {
        return account != null && applicant != null && Objects.equals(applicant.getId(), account.getId());
    }

    /** What the applicant wrote, as an editable copy. */
    public ApplicationContent content() {
        ApplicationContent content = new ApplicationContent();
        profile().copyInto(content);
        content.setLanguages(languages);
        content.setAreas(getExpertise().stream().toList());
        expertise.stream()
                .filter(e -> e.getDescription() != null)
                .forEach(e -> content.getDescriptions().put(e.getArea(), e.getDescription()));
        content.setConsent(consentGivenAt != null);
        return content;
    }

    /** Age in whole years at the end of the given year (the panel's age bands use this). */
    public Integer ageInYear(int year) {
        Integer born = profile().getYearOfBirth();
        return born == null ? null : year - born;
    }

    /** Who the applicant is, as written in the application (empty once erased). */
    public ApplicantProfile profile() {
        if (profile == null) {
            profile = new ApplicantProfile();
        }
        return profile;
    }

    // ---- accessors

    public Long getId() {
        return id;
    }

    public ForumCall getCall() {
        return call;
    }

    public Account getApplicant() {
        return applicant;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    /** The language the applicant used; mails to them are written in it. */
    public String getLanguage() {
        return language;
    }

    public String getFullName() {
        return profile().getFullName();
    }

    /** The address the applicant gave in the application, for mails about it (null once erased). */
    public String getApplicantEmail() {
        return profile().getEmail();
    }

    public Integer getYearOfBirth() {
        return profile().getYearOfBirth();
    }

    public Gender getGender() {
        return profile().getGender();
    }

    public String getCountryOfBirth() {
        return profile().getCountryOfBirth();
    }

    public String getCountryOfOrigin() {
        return profile().getCountryOfOrigin();
    }

    public String getNewHomeCountry() {
        return profile().getNewHomeCountry();
    }

    public Integer getYearOfArrival() {
        return profile().getYearOfArrival();
    }

    public List<String> getLanguages() {
        return Collections.unmodifiableList(languages);
    }

    /** The areas of expertise named. */
    public Set<ExpertiseArea> getExpertise() {
        Set<ExpertiseArea> areas = EnumSet.noneOf(ExpertiseArea.class);
        expertise.forEach(e -> areas.add(e.getArea()));
        return areas;
    }

    /** The areas with the applicant's description of their experience in each. */
    public List<ApplicationExpertise> getExpertiseDetails() {
        return Collections.unmodifiableList(expertise);
    }

    public ApplicantCapacity getCapacity() {
        return profile().getCapacity();
    }

    public String getOrganisation() {
        return profile().getOrganisation();
    }

    public String getMotivation() {
        return profile().getMotivation();
    }

    public Instant getConsentGivenAt() {
        return consentGivenAt;
    }

    public String getCvFileName() {
        return cv == null ? null : cv.getFileName();
    }

    public Integer getCvSize() {
        return cv == null ? null : cv.getSize();
    }

    public boolean isCvAttached() {
        return cv != null && cv.getFileName() != null;
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

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getErasureRequestedAt() {
        return erasureRequestedAt;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public boolean isErased() {
        return erasedAt != null;
    }
}
