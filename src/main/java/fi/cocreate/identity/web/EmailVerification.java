package fi.cocreate.identity.web;

import fi.cocreate.common.web.MailLinkPage;
import fi.cocreate.identity.boundary.Accounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The page behind the link in the verification mail: activates the account and says what happened. */
@Named
@RequestScoped
public class EmailVerification extends MailLinkPage {

    private static final String DONE = "verify.done";

    @Inject
    Accounts accounts;

    /** Runs once on page load ({@code f:viewAction}). */
    public void verify() {
        follow(accounts::verifyEmail, DONE);
    }

    public boolean isVerified() {
        return done(DONE);
    }
}
