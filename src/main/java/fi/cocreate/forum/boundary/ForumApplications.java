package fi.cocreate.forum.boundary;

import fi.cocreate.audit.boundary.AuditLog;
import fi.cocreate.audit.entity.AuditAction;
import fi.cocreate.common.BusinessException;
import fi.cocreate.common.NotFound;
import fi.cocreate.common.OperationalMetrics;
import fi.cocreate.common.PublicLinks;
import fi.cocreate.common.SupportedLanguage;
import fi.cocreate.forum.control.ApplicationProblem;
import fi.cocreate.forum.control.ApplicationRules;
import fi.cocreate.forum.control.ApplicationStep;
import fi.cocreate.forum.control.CvPolicy;
import fi.cocreate.forum.entity.ApplicationContent;
import fi.cocreate.forum.entity.ApplicationCv;
import fi.cocreate.forum.entity.ApplicationStatus;
import fi.cocreate.forum.entity.ApplicationView;
import fi.cocreate.forum.entity.CallWithdrawal;
import fi.cocreate.forum.entity.ForumApplication;
import fi.cocreate.forum.entity.ForumCall;
import fi.cocreate.forum.entity.ViewPurpose;
import fi.cocreate.identity.boundary.Caller;
import fi.cocreate.identity.boundary.RolesRequired;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.identity.entity.Role;
import fi.cocreate.mail.boundary.Outbox;
import fi.cocreate.mail.control.MailKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Applications to forum calls. Every method that shows or changes an application asks {@link Caller} who is acting and
 * checks their role and, for applicants, that the application is theirs: another person's application is answered as
 * "not found". Every view by staff or panel is written to the audit table.
 */
@Stateless
public class ForumApplications {

    @Inject
    OperationalMetrics metrics;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    PublicLinks links;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    // ---- finding (for the panel's computations; showing an application to a person goes through viewForReview)

    /** An application by id, with no check and no audit: for code that computes, never for showing to a person. */
    public Optional<ForumApplication> find(long id) {
        return Optional.ofNullable(em.find(ForumApplication.class, id));
    }

    /** The call's applications that are, or have been, in the selection (submitted, under review or decided). */
    public List<ForumApplication> findInSelection(long callId) {
        return findByCallAndStatus(
                callId,
                ApplicationStatus.SUBMITTED,
                ApplicationStatus.UNDER_REVIEW,
                ApplicationStatus.SELECTED,
                ApplicationStatus.WAITING_LIST,
                ApplicationStatus.NOT_SELECTED);
    }

    public List<ForumApplication> findByCallAndStatus(long callId, ApplicationStatus... statuses) {
        return em.createNamedQuery(ForumApplication.BY_CALL_AND_STATUS, ForumApplication.class)
                .setParameter("call", callId)
                .setParameter("statuses", Arrays.asList(statuses))
                .getResultList();
    }

    public long countByCall(long callId) {
        return em.createNamedQuery(ForumApplication.COUNT_BY_CALL, Long.class)
                .setParameter("call", callId)
                .getSingleResult();
    }

    // ---- the applicant

    /** The applicant's own applications, newest first. */
    public List<ForumApplication> mine() {
        Account applicant = caller.require(Role.APPLICANT);
        return em.createNamedQuery(ForumApplication.BY_APPLICANT, ForumApplication.class)
                .setParameter("applicant", applicant.getId())
                .getResultList();
    }

    /** One of the applicant's own applications; anyone else's is "not found". */
    public ForumApplication mine(long id) {
        return owned(id, caller.require(Role.APPLICANT));
    }

    /** The applicant's application to the call: the existing one, or a new draft while the call has not closed. */
    public ForumApplication startOrResume(long callId, String language) {
        Account applicant = caller.require(Role.APPLICANT);
        ForumCall call = em.find(ForumCall.class, callId);
        if (call == null) {
            throw new NotFound("forum.call.notFound");
        }
        Optional<ForumApplication> existing = em.createNamedQuery(
                        ForumApplication.BY_CALL_AND_APPLICANT, ForumApplication.class)
                .setParameter("call", callId)
                .setParameter("applicant", applicant.getId())
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        if (withdrewFrom(callId, applicant)) {
            throw new BusinessException("forum.application.withdrawnBefore");
        }
        Instant now = clock.instant();
        if (call.isClosedAt(now)) {
            throw new BusinessException("forum.application.windowClosed");
        }
        ForumApplication application =
                new ForumApplication(call, applicant, SupportedLanguage.orDefault(language), now);
        em.persist(application);
        return application;
    }

    /**
     * Saves what the applicant wrote. A draft may be incomplete; a submitted application being edited must stay
     * complete and eligible, and the window must be open.
     */
    public ForumApplication save(long id, ApplicationContent content) {
        return save(id, content, null);
    }

    /** Saves as {@link #save(long, ApplicationContent, String)} and remembers the step the applicant is on. */
    public ForumApplication save(long id, ApplicationContent content, ApplicationStep step) {
        ForumApplication application = mine(id);
        Instant now = clock.instant();
        if (application.getStatus() == ApplicationStatus.SUBMITTED) {
            requireValid(application, content, now);
        }
        List<ApplicationProblem> malformed = ApplicationRules.checkDraft(content);
        if (!malformed.isEmpty()) {
            throw new InvalidApplicationException(malformed);
        }
        application.fill(content, now);
        if (step != null) {
            application.resumeAt(step.name());
        }
        return application;
    }

    /** Attaches (or replaces) the CV: a PDF by content, within the size limit. */
    public ForumApplication attachCv(long id, String fileName, byte[] content) {
        ForumApplication application = mine(id);
        Instant now = clock.instant();
        if (!application.isEditableAt(now)) {
            throw new BusinessException("forum.application.notEditable");
        }
        CvPolicy.check(content);
        String name = CvPolicy.safeFileName(fileName);
        Optional<ApplicationCv> existing = cvOf(id);
        if (existing.isPresent()) {
            existing.get().replace(name, content, now);
        } else {
            em.persist(new ApplicationCv(application, name, content, now));
        }
        application.recordCv(name, content.length, now);
        return application;
    }

    /**
     * Submits the application with what the applicant wrote, checked whole, at the server's time: only inside the
     * call's window. The first submission queues a confirmation mail in the applicant's language.
     */
    public ForumApplication submit(long id, ApplicationContent content) {
        ForumApplication application = mine(id);
        Instant now = clock.instant();
        requireValid(application, content, now);
        application.fill(content, now);
        if (application.submit(now)) {
            confirm(application);
        }
        metrics.submitted();
        return application;
    }

    /**
     * The applicant takes the application back. Withdrawing is final: the same account cannot apply to the call again,
     * also after erasing its data (a {@link CallWithdrawal} keeps that fact).
     */
    public ForumApplication withdraw(long id) {
        ForumApplication application = mine(id);
        Instant now = clock.instant();
        application.withdraw(now);
        recordWithdrawal(application, now);
        return application;
    }

    /**
     * The applicant asks for their personal data to be erased. Done at once (withdrawing the application if it was
     * still in the selection), except for a selected member, whose request staff handle.
     */
    public ForumApplication requestErasure(long id) {
        ForumApplication application = mine(id);
        Instant now = clock.instant();
        application.requestErasure(now);
        if (application.getStatus() != ApplicationStatus.SELECTED) {
            recordWithdrawal(application, now);
            erase(application, now);
        }
        return application;
    }

    /** Everything stored about the applicant's applications, as JSON, including who has viewed them. */
    public String exportMine() {
        Account applicant = caller.require(Role.APPLICANT);
        List<ForumApplication> list = mine();
        return ApplicantDataExport.toJson(
                applicant.getEmail(),
                list,
                id -> em.createNamedQuery(ApplicationView.OF_APPLICATION, ApplicationView.class)
                        .setParameter("application", id)
                        .getResultList(),
                clock.instant());
    }

    /** The CV of the applicant's own application. */
    public ApplicationCv myCv(long id) {
        mine(id);
        return cvOf(id).orElseThrow(() -> new BusinessException("forum.cv.none"));
    }

    // ---- staff and panel

    /**
     * Shows one application to staff or a panel member and records the view (who, when). Drafts are the applicant's
     * own and are never shown. Once the window has closed, a submitted application moves under review.
     */
    public ForumApplication viewForReview(long id) {
        Account viewer = caller.require(Role.STAFF, Role.ADMIN, Role.PANELIST);
        ForumApplication application = reviewable(id);
        Instant now = clock.instant();
        em.persist(new ApplicationView(id, viewer.getId(), viewer.getEmail(), ViewPurpose.DETAIL, now));
        audit.record(viewer, AuditAction.APPLICATION_VIEWED, id, null);
        application.startReview(now);
        return application;
    }

    /** The CV of an application for staff or the panel; recorded as a view. */
    public ApplicationCv cvForReview(long id) {
        Account viewer = caller.require(Role.STAFF, Role.ADMIN, Role.PANELIST);
        reviewable(id);
        ApplicationCv cv = cvOf(id).orElseThrow(() -> new BusinessException("forum.cv.none"));
        em.persist(new ApplicationView(id, viewer.getId(), viewer.getEmail(), ViewPurpose.CV, clock.instant()));
        audit.record(viewer, AuditAction.APPLICATION_CV_VIEWED, id, null);
        return cv;
    }

    /** The applications of a call for staff (drafts excluded); each listed application records a view. */
    public List<ForumApplication> listForStaff(long callId) {
        Account viewer = caller.require(Role.STAFF, Role.ADMIN);
        List<ForumApplication> list = em.createNamedQuery(ForumApplication.BY_CALL, ForumApplication.class)
                .setParameter("call", callId)
                .getResultList();
        Instant now = clock.instant();
        for (ForumApplication application : list) {
            em.persist(
                    new ApplicationView(application.getId(), viewer.getId(), viewer.getEmail(), ViewPurpose.LIST, now));
        }
        audit.record(viewer, AuditAction.APPLICATIONS_LISTED, callId, String.valueOf(list.size()));
        return list;
    }

    /**
     * The call's applications in the selection (submitted, under review or decided) for the panel or staff; each
     * listed application records a view, as on the staff list.
     */
    public List<ForumApplication> listForPanel(long callId) {
        Account viewer = caller.require(Role.PANELIST, Role.STAFF, Role.ADMIN);
        List<ForumApplication> list = findInSelection(callId);
        Instant now = clock.instant();
        for (ForumApplication application : list) {
            em.persist(
                    new ApplicationView(application.getId(), viewer.getId(), viewer.getEmail(), ViewPurpose.LIST, now));
        }
        audit.record(viewer, AuditAction.APPLICATIONS_LISTED, callId, String.valueOf(list.size()));
        return list;
    }

    /** Who has seen an application, newest first: for staff, and for the applicant about their own. */
    public List<ApplicationView> viewsOf(long id) {
        Account actor = caller.require(Role.STAFF, Role.ADMIN, Role.APPLICANT);
        if (!(actor.has(Role.STAFF) || actor.has(Role.ADMIN))) {
            owned(id, actor);
        }
        return em.createNamedQuery(ApplicationView.OF_APPLICATION, ApplicationView.class)
                .setParameter("application", id)
                .getResultList();
    }

    /** Staff carry out an applicant's request to erase their data, also for a selected member. */
    @RolesRequired({Role.STAFF, Role.ADMIN})
    public ForumApplication eraseOnRequest(long id) {
        ForumApplication application = em.find(ForumApplication.class, id);
        if (application == null || application.getErasureRequestedAt() == null) {
            throw new BusinessException("forum.application.noErasureRequest");
        }
        erase(application, clock.instant());
        return application;
    }

    /** Records the panel's decision on an application (staff or panel). */
    @RolesRequired({Role.STAFF, Role.ADMIN, Role.PANELIST})
    public ForumApplication decide(long id, ApplicationStatus decision) {
        ForumApplication application = reviewable(id);
        application.decide(decision, clock.instant());
        return application;
    }

    // ---- retention

    /**
     * Erases the personal data of applications that were not selected once the retention period has passed: counted
     * from the decision for those not selected or on the waiting list, and from the call's close for drafts and
     * withdrawn applications. Selected members and applications still awaiting a decision are kept. Returns how many
     * were erased.
     */
    public int eraseExpired(int retentionDays) {
        Instant now = clock.instant();
        List<ForumApplication> due = em.createNamedQuery(ForumApplication.RETENTION_DUE, ForumApplication.class)
                .setParameter("before", now.minus(java.time.Duration.ofDays(retentionDays)))
                .getResultList();
        due.forEach(application -> erase(application, now));
        return due.size();
    }

    // ---- helpers

    private boolean withdrewFrom(long callId, Account applicant) {
        return em.createNamedQuery(CallWithdrawal.EXISTS, Long.class)
                        .setParameter("call", callId)
                        .setParameter("account", applicant.getId())
                        .getSingleResult()
                > 0;
    }

    private void recordWithdrawal(ForumApplication application, Instant now) {
        Account applicant = application.getApplicant();
        if (applicant != null && !withdrewFrom(application.getCall().getId(), applicant)) {
            em.persist(new CallWithdrawal(application.getCall().getId(), applicant.getId(), now));
        }
    }

    private void erase(ForumApplication application, Instant now) {
        em.createNamedQuery(ApplicationCv.DELETE_OF_APPLICATION)
                .setParameter("application", application.getId())
                .executeUpdate();
        application.erasePersonalData(now);
    }

    private void requireValid(ForumApplication application, ApplicationContent content, Instant now) {
        List<ApplicationProblem> problems = ApplicationRules.checkForSubmission(
                content,
                application.isCvAttached(),
                application.getCall(),
                now,
                now.atZone(clock.getZone()).getYear());
        if (!problems.isEmpty()) {
            throw new InvalidApplicationException(problems);
        }
    }

    private void confirm(ForumApplication application) {
        String language = application.getLanguage();
        ForumCall call = application.getCall();
        String closes = fi.cocreate.common.DateTimes.dateTime(call.getClosesAt(), SupportedLanguage.locale(language));
        outbox.queue(
                application.getApplicantEmail(),
                language,
                MailKind.FORUM_APPLICATION_RECEIVED,
                application.getFullName(),
                call.getTitle().in(SupportedLanguage.locale(language)),
                closes,
                links.page("/forum/apply/index.xhtml"));
    }

    private Optional<ApplicationCv> cvOf(long applicationId) {
        return em.createNamedQuery(ApplicationCv.OF_APPLICATION, ApplicationCv.class)
                .setParameter("application", applicationId)
                .getResultStream()
                .findFirst();
    }

    private ForumApplication owned(long id, Account applicant) {
        ForumApplication application = em.find(ForumApplication.class, id);
        if (application == null || !application.isOwnedBy(applicant)) {
            throw new NotFound("forum.application.notFound");
        }
        return application;
    }

    private ForumApplication reviewable(long id) {
        ForumApplication application = em.find(ForumApplication.class, id);
        if (application == null || application.getStatus() == ApplicationStatus.DRAFT) {
            throw new NotFound("forum.application.notFound");
        }
        return application;
    }
}
