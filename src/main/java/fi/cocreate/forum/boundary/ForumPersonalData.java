package fi.cocreate.forum.boundary;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.Found;
import fi.cocreate.forum.entity.ApplicationStatus;
import fi.cocreate.forum.entity.ApplicationView;
import fi.cocreate.forum.entity.ForumApplication;
import fi.cocreate.identity.boundary.Caller;
import fi.cocreate.identity.boundary.RolesRequired;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.identity.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Applicants' personal data: their own download of everything stored (GDPR art. 15, 20), erasure on their request
 * (art. 17; staff carry it out for a selected member), and the retention round that erases what is no longer needed.
 */
@Stateless
public class ForumPersonalData {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    ForumApplications applications;

    /**
     * The applicant asks for their personal data to be erased. Done at once (withdrawing the application if it was
     * still in the selection), except for a selected member, whose request staff handle.
     */
    public ForumApplication requestErasure(long id) {
        ForumApplication application = applications.mine(id);
        Instant now = clock.instant();
        application.requestErasure(now);
        if (application.getStatus() != ApplicationStatus.SELECTED) {
            records().recordWithdrawal(application, now);
            records().erase(application, now);
        }
        return application;
    }

    /** Everything stored about the applicant's applications, as JSON, including who has viewed them. */
    public String exportMine() {
        Account applicant = caller.require(Role.APPLICANT);
        List<ForumApplication> list = applications.mine();
        return ApplicantDataExport.toJson(
                applicant.getEmail(),
                list,
                id -> em.createNamedQuery(ApplicationView.OF_APPLICATION, ApplicationView.class)
                        .setParameter("application", id)
                        .getResultList(),
                clock.instant());
    }

    /** Staff carry out an applicant's request to erase their data, also for a selected member. */
    @RolesRequired({Role.STAFF, Role.ADMIN})
    public ForumApplication eraseOnRequest(long id) {
        ForumApplication application = Found.find(em, ForumApplication.class, id, "forum.application.notFound");
        if (application.getErasureRequestedAt() == null) {
            throw new BusinessException("forum.application.noErasureRequest");
        }
        records().erase(application, clock.instant());
        return application;
    }

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
        due.forEach(application -> records().erase(application, now));
        return due.size();
    }

    private ApplicationRecords records() {
        return new ApplicationRecords(em);
    }
}
