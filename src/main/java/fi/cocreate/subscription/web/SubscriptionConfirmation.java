package fi.cocreate.subscription.web;

import fi.cocreate.common.BusinessException;
import fi.cocreate.subscription.boundary.Subscriptions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The page behind the link in the confirmation mail: confirms the subscription and says what happened. */
@Named
@RequestScoped
public class SubscriptionConfirmation {

    @Inject
    Subscriptions subscriptions;

    private String token;
    private String resultKey;

    public void confirm() {
        try {
            subscriptions.confirm(token);
            resultKey = "subscription.confirmed";
        } catch (BusinessException e) {
            // kept: the outcome of the link is the page's status text (and which link it offers), not a message
            resultKey = e.getMessageKey();
        }
    }

    public boolean isConfirmed() {
        return "subscription.confirmed".equals(resultKey);
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
