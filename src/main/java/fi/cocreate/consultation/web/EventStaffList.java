package fi.cocreate.consultation.web;

import fi.cocreate.consultation.boundary.ConsultationEvents;
import fi.cocreate.consultation.control.ConsultationAudience;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.TargetGroup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;

/** The staff's list of consultations with their events (invitations go out through {@code invitationSender}). */
@Named
@RequestScoped
public class EventStaffList {

    @Inject
    ConsultationEvents events;

    private List<Consultation> consultations;

    @PostConstruct
    void load() {
        consultations = events.consultationsWithEvents();
    }

    /** Whom an invitation to the consultation reaches. */
    public Set<TargetGroup> audience(Consultation consultation) {
        return ConsultationAudience.targetGroups(consultation);
    }

    public List<Consultation> getConsultations() {
        return consultations;
    }
}
