package fi.cocreate.subscription.web;

import fi.cocreate.common.web.MailLinkPage;
import fi.cocreate.subscription.boundary.Subscriptions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The page behind the link in the confirmation mail: confirms the subscription and says what happened. */
@Named
@RequestScoped
public class SubscriptionConfirmation extends MailLinkPage {

    private static final String DONE = "subscription.confirmed";

    @Inject
    Subscriptions subscriptions;

    /** Runs once on page load ({@code f:viewAction}). */
    public void confirm() {
        follow(subscriptions::confirm, DONE);
    }

    public boolean isConfirmed() {
        return done(DONE);
    }
}
