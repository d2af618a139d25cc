package fi.cocreate.identity.web;

import fi.cocreate.common.PlainText;
import fi.cocreate.common.web.LocaleSelection;
import fi.cocreate.common.web.Notices;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Self-registration as an organisation representative or a forum applicant; the account waits for verification. */
@Named
@RequestScoped
public class Registration {

    @Inject
    Accounts accounts;

    @Inject
    LocaleSelection localeSelection;

    @NotBlank
    @Email(regexp = PlainText.EMAIL_CHARACTERS)
    @Size(max = 254)
    private String email;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    private String password;

    @NotBlank
    private String passwordAgain;

    @NotNull
    private Role role;

    @AssertTrue
    private boolean privacyAccepted;

    public String register() {
        // The request's parameters lose control characters and names lose direction marks: what is left may be nothing.
        if (PlainText.name(name).isEmpty()) {
            Notices.errorAt("registration:name", "name.invisible");
            return null;
        }
        if (!password.equals(passwordAgain)) {
            Notices.errorAt("registration:passwordAgain", "password.mismatch");
            return null;
        }
        accounts.register(email, name, password, localeSelection.getLanguage(), role);
        Notices.info("registration.checkMail", email);
        return "/login.xhtml?faces-redirect=true";
    }

    public List<Role> getRoles() {
        return List.of(Role.ORG_REP, Role.APPLICANT);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public boolean isPrivacyAccepted() {
        return privacyAccepted;
    }

    public void setPrivacyAccepted(boolean privacyAccepted) {
        this.privacyAccepted = privacyAccepted;
    }
}
