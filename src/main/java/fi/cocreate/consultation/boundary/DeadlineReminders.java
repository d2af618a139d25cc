package fi.cocreate.consultation.boundary;

import fi.cocreate.common.PublicLinks;
import fi.cocreate.common.SupportedLanguage;
import fi.cocreate.consultation.control.HelsinkiTime;
import fi.cocreate.consultation.control.ReminderPoints;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.Organisation;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.mail.boundary.Outbox;
import fi.cocreate.mail.control.MailKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminds the representatives of organisations that have a draft but no submission that a deadline is near, once per
 * reminder point ({@code REMINDER_DAYS_BEFORE}, default {@code 3,1}). Each reminder is claimed by inserting its row
 * under a unique key before the mail is queued in the same transaction, so servers running this at the same time, or a
 * restart, never send one twice. {@link ReminderWorker} calls {@link #sendDue()} on a schedule; tests call it directly.
 */
@Stateless
public class DeadlineReminders {

    private static final Logger LOG = Logger.getLogger(DeadlineReminders.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    PublicLinks links;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "REMINDER_DAYS_BEFORE", defaultValue = "3,1")
    String daysBefore;

    /** Queues the reminders due now; returns how many mails were queued. */
    public int sendDue() {
        Instant now = clock.instant();
        ReminderPoints points = ReminderPoints.parse(daysBefore);
        List<Consultation> closing = em.createQuery(
                        "select c from Consultation c where c.publishedAt is not null and c.window.closesAt > :now"
                                + " and c.window.closesAt <= :until",
                        Consultation.class)
                .setParameter("now", now)
                .setParameter("until", now.plus(points.horizon()))
                .getResultList();
        int mails = 0;
        for (Consultation consultation : closing) {
            List<Integer> due = points.dueAt(consultation.getDeadline(), now);
            if (due.isEmpty()) {
                continue;
            }
            int toMail = points.toMail(consultation.getDeadline(), now).orElseThrow();
            List<Response> drafts = em.createNamedQuery(Response.DRAFTS_OF_CONSULTATION, Response.class)
                    .setParameter("consultationId", consultation.getId())
                    .getResultList();
            for (Response draft : drafts) {
                for (int days : due) {
                    boolean claimed =
                            claim(consultation.getId(), draft.getOrganisation().getId(), days, days == toMail, now);
                    if (claimed && days == toMail) {
                        mails += remind(consultation, draft.getOrganisation(), days);
                    }
                }
            }
        }
        if (mails > 0) {
            int queued = mails;
            LOG.info(() -> "Queued " + queued + " deadline reminders");
        }
        return mails;
    }

    /** Inserts the reminder's row unless it exists; true if this call inserted it. */
    private boolean claim(long consultationId, long organisationId, int days, boolean mailed, Instant now) {
        return em.createNativeQuery(
                                "INSERT IGNORE INTO deadline_reminder "
                                        + "(consultation_id, organisation_id, days_before, mailed, recorded_at) VALUES (?, ?, ?, ?, ?)")
                        .setParameter(1, consultationId)
                        .setParameter(2, organisationId)
                        .setParameter(3, days)
                        .setParameter(4, mailed)
                        .setParameter(5, java.time.LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                        .executeUpdate()
                == 1;
    }

    private int remind(Consultation consultation, Organisation organisation, int days) {
        int count = 0;
        for (Account representative : organisation.getRepresentatives()) {
            if (!representative.isEnabled()) {
                continue;
            }
            String language = SupportedLanguage.orDefault(representative.getLanguage());
            outbox.queue(
                    representative.getEmail(),
                    language,
                    MailKind.DEADLINE_REMINDER,
                    representative.getDisplayName(),
                    consultation.getTitle().in(SupportedLanguage.locale(language)),
                    organisation.getName(),
                    HelsinkiTime.format(consultation.getDeadline(), language),
                    days,
                    links.page("/consultation/org/respond.xhtml?consultation=" + consultation.getId()));
            count++;
        }
        return count;
    }
}
