package fi.cocreate.subscription.web;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.entity.TargetGroup;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.subscription.boundary.Subscriptions;
import fi.cocreate.subscription.entity.Subscription;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A subscriber changes their language and choices, or unsubscribes, through the signed link of their mails. */
@Named
@ViewScoped
public class SubscriptionManager implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Subscriptions subscriptions;

    private String token;
    private String email;
    private String language;
    private List<TargetGroup> targetGroups = new ArrayList<>();
    private List<Theme> themes = new ArrayList<>();
    private String problemKey;
    private boolean unsubscribed;

    public void load() {
        try {
            Subscription subscription = subscriptions.manage(token);
            email = subscription.getEmail();
            language = subscription.getLanguage();
            targetGroups = new ArrayList<>(subscription.getTargetGroups());
            themes = new ArrayList<>(subscription.getThemes());
        } catch (BusinessException e) {
            // kept: an invalid link is the page's content (shown instead of the form), not a message
            problemKey = e.getMessageKey();
        }
    }

    public String save() {
        subscriptions.change(token, language, SubscribeForm.groups(targetGroups), SubscribeForm.themes(themes));
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

    public TargetGroup[] getAllTargetGroups() {
        return TargetGroup.values();
    }

    public Theme[] getAllThemes() {
        return Theme.values();
    }

    public List<String> getLanguages() {
        return fi.cocreate.common.SupportedLanguage.CODES;
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

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<TargetGroup> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<TargetGroup> targetGroups) {
        this.targetGroups = targetGroups;
    }

    public List<Theme> getThemes() {
        return themes;
    }

    public void setThemes(List<Theme> themes) {
        this.themes = themes;
    }
}
