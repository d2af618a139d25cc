package fi.cocreate.identity.web;

import fi.cocreate.common.BusinessException;
import fi.cocreate.identity.boundary.Accounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The page behind the link in the verification mail: activates the account and says what happened. */
@Named
@RequestScoped
public class EmailVerification {

    @Inject
    Accounts accounts;

    private String token;
    private String resultKey;

    /** Runs once on page load ({@code f:viewAction}). */
    public void verify() {
        try {
            accounts.verifyEmail(token);
            resultKey = "verify.done";
        } catch (BusinessException e) {
            // kept: the outcome of the link is the page's status text (and which link it offers), not a message
            resultKey = e.getMessageKey();
        }
    }

    public boolean isVerified() {
        return "verify.done".equals(resultKey);
    }

    public String getResultKey() {
        return resultKey;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
