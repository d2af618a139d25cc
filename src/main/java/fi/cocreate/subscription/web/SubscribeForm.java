package fi.cocreate.subscription.web;

import fi.cocreate.common.PlainText;
import fi.cocreate.common.web.LocaleSelection;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.entity.TargetGroup;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.subscription.boundary.Subscriptions;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Anyone subscribes to news by target group and theme; the address is confirmed through a mailed link. */
@Named
@RequestScoped
public class SubscribeForm {

    @Inject
    Subscriptions subscriptions;

    @Inject
    LocaleSelection localeSelection;

    @NotBlank
    @Email(regexp = PlainText.EMAIL_CHARACTERS)
    @Size(max = 254)
    private String email;

    private String language;
    private List<TargetGroup> targetGroups = new ArrayList<>();
    private List<Theme> themes = new ArrayList<>();

    @PostConstruct
    void init() {
        language = localeSelection.getLanguage();
    }

    public String subscribe() {
        subscriptions.subscribe(email, language, groups(targetGroups), themes(themes));
        Notices.info("subscription.checkMail", email);
        return "/subscribe/index.xhtml?faces-redirect=true";
    }

    static Set<TargetGroup> groups(List<TargetGroup> chosen) {
        return chosen == null || chosen.isEmpty() ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(chosen);
    }

    static Set<Theme> themes(List<Theme> chosen) {
        return chosen == null || chosen.isEmpty() ? new java.util.TreeSet<>() : Theme.setOf(chosen);
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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
