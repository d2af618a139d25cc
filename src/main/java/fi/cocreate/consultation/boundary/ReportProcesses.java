package fi.cocreate.consultation.boundary;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.Found;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.control.ProgressTimeline;
import fi.cocreate.consultation.control.TimelineEntry;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationSummary;
import fi.cocreate.consultation.entity.Milestone;
import fi.cocreate.consultation.entity.MilestoneKind;
import fi.cocreate.consultation.entity.MilestoneStatus;
import fi.cocreate.consultation.entity.ReportProcess;
import fi.cocreate.identity.boundary.Caller;
import fi.cocreate.identity.boundary.RolesRequired;
import fi.cocreate.identity.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Report processes and their progress timelines: public reading, staff editing of the milestones. */
@Stateless
public class ReportProcesses {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    public List<ReportProcess> all() {
        return em.createNamedQuery(ReportProcess.ALL, ReportProcess.class).getResultList();
    }

    public ReportProcess find(long id) {
        ReportProcess process = Found.find(em, ReportProcess.class, id, "process.notFound");
        process.getMilestones().size();
        process.getConsultations().size();
        return process;
    }

    /** The public timeline: milestones plus the process's consultations and published summaries. */
    public List<TimelineEntry> timeline(long processId) {
        ReportProcess process = find(processId);
        List<Long> ids =
                process.getConsultations().stream().map(Consultation::getId).toList();
        Map<Long, ConsultationSummary> published = ids.isEmpty()
                ? Map.of()
                : em.createQuery(
                                "select s from ConsultationSummary s where s.publishedAt is not null"
                                        + " and s.consultation.id in :ids",
                                ConsultationSummary.class)
                        .setParameter("ids", ids)
                        .getResultStream()
                        .collect(Collectors.toMap(s -> s.getConsultation().getId(), Function.identity()));
        return ProgressTimeline.of(process, published, clock.instant(), clock.getZone());
    }

    /** The process a consultation belongs to, if any. */
    public java.util.Optional<ReportProcess> ofConsultation(long consultationId) {
        return em.createNamedQuery(ReportProcess.OF_CONSULTATION, ReportProcess.class)
                .setParameter("consultation", consultationId)
                .getResultStream()
                .findFirst();
    }

    @RolesRequired({Role.STAFF, Role.ADMIN})
    public ReportProcess create(LocalizedText name) {
        ReportProcess process = new ReportProcess(name, clock.instant());
        em.persist(process);
        return process;
    }

    @RolesRequired({Role.STAFF, Role.ADMIN})
    public Milestone addMilestone(
            long processId, MilestoneKind kind, LocalizedText title, LocalDate date, MilestoneStatus status) {
        Milestone milestone = find(processId).addMilestone(kind, title, date, status);
        em.flush();
        return milestone;
    }

    @RolesRequired({Role.STAFF, Role.ADMIN})
    public void changeMilestone(
            long processId,
            long milestoneId,
            MilestoneKind kind,
            LocalizedText title,
            LocalDate date,
            MilestoneStatus status) {
        milestoneOf(processId, milestoneId).change(kind, title, date, status);
    }

    @RolesRequired({Role.STAFF, Role.ADMIN})
    public void removeMilestone(long processId, long milestoneId) {
        milestoneOf(processId, milestoneId);
        find(processId).removeMilestone(milestoneId);
    }

    /** Puts a consultation on the process's timeline; a consultation belongs to one process only. */
    @RolesRequired({Role.STAFF, Role.ADMIN})
    public void include(long processId, long consultationId) {
        Consultation consultation = Found.find(em, Consultation.class, consultationId, "consultation.notFound");
        List<ReportProcess> current = em.createNamedQuery(ReportProcess.OF_CONSULTATION, ReportProcess.class)
                .setParameter("consultation", consultationId)
                .getResultList();
        if (current.stream().anyMatch(p -> p.getId() != processId)) {
            throw new BusinessException("process.consultationElsewhere");
        }
        find(processId).include(consultation);
    }

    @RolesRequired({Role.STAFF, Role.ADMIN})
    public void exclude(long processId, long consultationId) {
        find(processId).exclude(consultationId);
    }

    private Milestone milestoneOf(long processId, long milestoneId) {
        // The milestone must belong to the process named in the request, so a tampered id cannot reach another one.
        return Found.find(
                em,
                Milestone.class,
                milestoneId,
                m -> m.getProcess().getId() == processId,
                "process.milestoneNotFound");
    }
}
