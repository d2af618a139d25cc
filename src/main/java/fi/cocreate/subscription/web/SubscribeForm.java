package fi.cocreate.subscription.web;

import fi.cocreate.common.PlainText;
import fi.cocreate.common.web.LocaleSelection;
import fi.cocreate.common.web.Notices;
import fi.cocreate.subscription.boundary.Subscriptions;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Anyone subscribes to news by target group and theme; the address is confirmed through a mailed link. */
@Named
@RequestScoped
public class SubscribeForm extends SubscriptionChoiceForm {

    private static final long serialVersionUID = 1L;

    @Inject
    Subscriptions subscriptions;

    @Inject
    LocaleSelection localeSelection;

    @NotBlank
    @Email(regexp = PlainText.EMAIL_CHARACTERS)
    @Size(max = 254)
    private String email;

    @PostConstruct
    void init() {
        setLanguage(localeSelection.getLanguage());
    }

    public String subscribe() {
        subscriptions.subscribe(email, getLanguage(), chosenTargetGroups(), chosenThemes());
        Notices.info("subscription.checkMail", email);
        return "/subscribe/index.xhtml?faces-redirect=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
