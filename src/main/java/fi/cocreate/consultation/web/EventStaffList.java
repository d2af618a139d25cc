package fi.cocreate.consultation.web;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.ConsultationEvents;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.subscription.boundary.Invitations;
import fi.cocreate.subscription.control.ConsultationAudience;
import fi.cocreate.consultation.entity.TargetGroup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;

/** The staff's list of consultations with their events; invitations to a consultation go out from here. */
@Named
@RequestScoped
public class EventStaffList {

    @Inject
    ConsultationEvents events;

    @Inject
    Invitations invitations;

    private List<Consultation> consultations;

    @PostConstruct
    void load() {
        consultations = events.consultationsWithEvents();
    }

    public String invite(long consultationId) {
        try {
            Notices.info("invitation.queued", invitations.inviteToConsultation(consultationId));
            return "/consultation/staff/events/index.xhtml?faces-redirect=true";
        } catch (BusinessException e) {
            Notices.error(e);
            return null;
        }
    }

    /** Whom an invitation to the consultation reaches. */
    public Set<TargetGroup> audience(Consultation consultation) {
        return ConsultationAudience.targetGroups(consultation);
    }

    public List<Consultation> getConsultations() {
        return consultations;
    }
}
