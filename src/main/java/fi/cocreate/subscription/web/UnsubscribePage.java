package fi.cocreate.subscription.web;

import fi.cocreate.subscription.boundary.Subscriptions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The page a GET of the unsubscribe link lands on: one button confirms, so link scanners unsubscribe nobody. */
@Named
@RequestScoped
public class UnsubscribePage {

    @Inject
    Subscriptions subscriptions;

    private String token;
    private boolean done;

    public String unsubscribe() {
        subscriptions.unsubscribe(token);
        done = true;
        return null;
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
