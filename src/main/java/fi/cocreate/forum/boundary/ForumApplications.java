package fi.cocreate.forum.boundary;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.Found;
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
import fi.cocreate.forum.entity.CallWithdrawal;
import fi.cocreate.forum.entity.ForumApplication;
import fi.cocreate.forum.entity.ForumCall;
import fi.cocreate.identity.boundary.Caller;
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
 * "not found". Staff's and the panel's reading is {@link ApplicationReviews}; personal data (download, erasure,
 * retention) is {@link ForumPersonalData}.
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

    // ---- finding (for the panel's computations; showing an application to a person goes through ApplicationReviews)

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
        return records().owned(id, caller.require(Role.APPLICANT));
    }

    /** The applicant's application to the call: the existing one, or a new draft while the call has not closed. */
    public ForumApplication startOrResume(long callId, String language) {
        Account applicant = caller.require(Role.APPLICANT);
        ForumCall call = Found.find(em, ForumCall.class, callId, "forum.call.notFound");
        Optional<ForumApplication> existing = em.createNamedQuery(
                        ForumApplication.BY_CALL_AND_APPLICANT, ForumApplication.class)
                .setParameter("call", callId)
                .setParameter("applicant", applicant.getId())
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        if (records().withdrewFrom(callId, applicant)) {
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
        Optional<ApplicationCv> existing = records().cvOf(id);
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
        records().recordWithdrawal(application, now);
        return application;
    }

    /** The CV of the applicant's own application. */
    public ApplicationCv myCv(long id) {
        mine(id);
        return records().cvOf(id).orElseThrow(() -> new BusinessException("forum.cv.none"));
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

    private ApplicationRecords records() {
        return new ApplicationRecords(em);
    }
}
