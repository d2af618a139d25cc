package fi.cocreate.forum.boundary;

import fi.cocreate.common.Found;
import fi.cocreate.forum.entity.ApplicationCv;
import fi.cocreate.forum.entity.ApplicationStatus;
import fi.cocreate.forum.entity.CallWithdrawal;
import fi.cocreate.forum.entity.ForumApplication;
import fi.cocreate.identity.entity.Account;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;

/**
 * The reads and writes of applications that the forum's three boundaries share ({@link ForumApplications} for the
 * applicant, {@link ApplicationReviews} for staff and the panel, {@link ForumPersonalData} for access, erasure and
 * retention), in the calling boundary's transaction. No role checks: each boundary checks its caller first.
 */
final class ApplicationRecords {

    private final EntityManager em;

    ApplicationRecords(EntityManager em) {
        this.em = em;
    }

    ForumApplication owned(long id, Account applicant) {
        return Found.find(em, ForumApplication.class, id, a -> a.isOwnedBy(applicant), "forum.application.notFound");
    }

    ForumApplication reviewable(long id) {
        return Found.find(
                em,
                ForumApplication.class,
                id,
                a -> a.getStatus() != ApplicationStatus.DRAFT,
                "forum.application.notFound");
    }

    Optional<ApplicationCv> cvOf(long applicationId) {
        return em.createNamedQuery(ApplicationCv.OF_APPLICATION, ApplicationCv.class)
                .setParameter("application", applicationId)
                .getResultStream()
                .findFirst();
    }

    boolean withdrewFrom(long callId, Account applicant) {
        return em.createNamedQuery(CallWithdrawal.EXISTS, Long.class)
                        .setParameter("call", callId)
                        .setParameter("account", applicant.getId())
                        .getSingleResult()
                > 0;
    }

    void recordWithdrawal(ForumApplication application, Instant now) {
        Account applicant = application.getApplicant();
        if (applicant != null && !withdrewFrom(application.getCall().getId(), applicant)) {
            em.persist(new CallWithdrawal(application.getCall().getId(), applicant.getId(), now));
        }
    }

    void erase(ForumApplication application, Instant now) {
        em.createNamedQuery(ApplicationCv.DELETE_OF_APPLICATION)
                .setParameter("application", application.getId())
                .executeUpdate();
        application.erasePersonalData(now);
    }
}
