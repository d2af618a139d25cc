package fi.cocreate.subscription.web;

import fi.cocreate.common.web.Notices;
import fi.cocreate.subscription.boundary.Invitations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The staff's "send invitations" buttons on the event pages: invitations to a consultation or one of its events go to
 * the subscribers whose target groups and themes it concerns. Lives with the subscriptions, which know the consultations
 * (not the other way round).
 */
@Named
@RequestScoped
public class InvitationSender {

    @Inject
    Invitations invitations;

    public String toConsultation(long consultationId) {
        Notices.info("invitation.queued", invitations.inviteToConsultation(consultationId));
        return "/consultation/staff/events/index.xhtml?faces-redirect=true";
    }

    public String toEvent(long eventId) {
        Notices.info("invitation.queued", invitations.inviteToEvent(eventId));
        return "/consultation/staff/events/edit.xhtml?faces-redirect=true&id=" + eventId;
    }
}
