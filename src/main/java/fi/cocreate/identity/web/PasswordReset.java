package fi.cocreate.identity.web;

import fi.cocreate.common.web.Notices;
import fi.cocreate.identity.boundary.Accounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/** Forgotten password: asking for a reset link, and setting the new password through it. */
@Named
@RequestScoped
public class PasswordReset {

    @Inject
    Accounts accounts;

    @Email
    private String email;

    private String token;

    private String password;

    private String passwordAgain;

    public String requestLink() {
        accounts.requestPasswordReset(email);
        Notices.info("reset.linkSent", email);
        return "/login.xhtml?faces-redirect=true";
    }

    public String resendVerification() {
        accounts.resendVerification(email);
        Notices.info("verify.resent", email);
        return "/login.xhtml?faces-redirect=true";
    }

    public String reset() {
        if (password == null || !password.equals(passwordAgain)) {
            Notices.errorAt("reset:passwordAgain", "password.mismatch");
            return null;
        }
        accounts.resetPassword(token, password);
        Notices.info("reset.done");
        return "/login.xhtml?faces-redirect=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    @NotBlank
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
}
