package fi.cocreate.subscription.web;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.web.Notices;
import fi.cocreate.subscription.boundary.Subscriptions;
import fi.cocreate.subscription.entity.Subscription;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;

/** A subscriber changes their language and choices, or unsubscribes, through the signed link of their mails. */
@Named
@ViewScoped
public class SubscriptionManager extends SubscriptionChoiceForm {

    private static final long serialVersionUID = 1L;

    @Inject
    Subscriptions subscriptions;

    private String token;
    private String email;
    private String problemKey;
    private boolean unsubscribed;

    public void load() {
        try {
            Subscription subscription = subscriptions.manage(token);
            email = subscription.getEmail();
            setLanguage(subscription.getLanguage());
            setTargetGroups(new ArrayList<>(subscription.getTargetGroups()));
            setThemes(new ArrayList<>(subscription.getThemes()));
        } catch (BusinessException e) {
            // kept: an invalid link is the page's content (shown instead of the form), not a message
            problemKey = e.getMessageKey();
        }
    }

    public String save() {
        subscriptions.change(token, getLanguage(), chosenTargetGroups(), chosenThemes());
        Notices.info("subscription.saved");
        return null;
    }

    public String unsubscribe() {
        subscriptions.unsubscribe(token);
        unsubscribed = true;
        Notices.info("subscription.unsubscribed");
        return null;
    }

    public boolean isUsable() {
        return problemKey == null && !unsubscribed;
    }

    public String getProblemKey() {
        return problemKey;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }
}
