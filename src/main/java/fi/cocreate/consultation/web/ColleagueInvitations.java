package fi.cocreate.consultation.web;

import fi.cocreate.common.PlainText;
import fi.cocreate.common.web.LocaleSelection;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.Organisations;
import fi.cocreate.consultation.entity.OrganisationInvitation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A representative invites a colleague by mail and sees the invitations sent. */
@Named
@RequestScoped
public class ColleagueInvitations {

    @Inject
    Organisations organisations;

    @Inject
    LocaleSelection localeSelection;

    private List<OrganisationInvitation> sent = List.of();

    @NotBlank
    @Email(regexp = PlainText.EMAIL_CHARACTERS)
    @Size(max = 254)
    private String email;

    @PostConstruct
    void load() {
        if (organisations.mine().isPresent()) {
            sent = organisations.invitations();
        }
    }

    public String invite() {
        organisations.invite(email, localeSelection.getLanguage());
        Notices.info("invitation.sent", email);
        return "/consultation/org/invite.xhtml?faces-redirect=true";
    }

    public List<OrganisationInvitation> getSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
