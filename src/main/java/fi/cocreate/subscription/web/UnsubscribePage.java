package fi.cocreate.subscription.web;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.web.Notices;
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
        try {
            subscriptions.unsubscribe(token);
            done = true;
        } catch (BusinessException e) {
            Notices.error(e);
        }
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
