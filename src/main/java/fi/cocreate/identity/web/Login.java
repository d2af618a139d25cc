package fi.cocreate.identity.web;

import fi.cocreate.common.OperationalMetrics;
import fi.cocreate.common.web.Notices;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.boundary.Caller;
import fi.cocreate.identity.boundary.ClientAddresses;
import fi.cocreate.identity.control.LoginDestination;
import fi.cocreate.identity.entity.Account;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.Set;

/**
 * The login form: authenticates through Jakarta Security ({@code SessionAuthentication}), explains a refusal in the
 * user's language, and sends the person back where they were going or to their role's start page.
 */
@Named
@RequestScoped
public class Login {

    @Inject
    OperationalMetrics metrics;

    @Inject
    SecurityContext securityContext;

    @Inject
    Accounts accounts;

    @Inject
    FacesContext facesContext;

    @Inject
    Caller caller;

    @Inject
    ClientAddresses clients;

    /** The page the person was sent here from (a path inside the app; anything else is ignored). */
    private String next;

    @NotBlank
    private String email;

    @NotBlank
    private String password;

    public void login() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email.strip(), new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> facesContext.responseComplete();
            case SUCCESS -> {
                caller.refresh();
                String target = LoginDestination.after(
                        next, caller.account().map(Account::getRoles).orElse(Set.of()));
                external.redirect(external.getRequestContextPath() + target);
            }
            default -> {
                metrics.loginRefused();
                String client = clients.of((HttpServletRequest) external.getRequest());
                switch (accounts.explainFailedLogin(email, password, client)) {
                    case EMAIL_NOT_VERIFIED -> Notices.error("login.notVerified");
                    case DISABLED -> Notices.error("login.disabled");
                    case CLIENT_PAUSED -> Notices.error("login.clientPaused", accounts.clientPauseMinutes(client));
                    case LOCKED -> Notices.error("login.locked", accounts.loginLockMinutes(email));
                    default -> Notices.error("login.invalid");
                }
                facesContext.getExternalContext().getFlash().setKeepMessages(false);
            }
        }
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
