package fi.cocreate.subscription.web;

import fi.cocreate.common.SupportedLanguage;
import fi.cocreate.consultation.entity.TargetGroup;
import fi.cocreate.consultation.entity.Theme;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a subscriber chooses on both subscription forms (subscribing and managing through the signed link): the
 * language of the mails, the target groups and the themes, with the options to choose from.
 */
public abstract class SubscriptionChoiceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String language;
    private List<TargetGroup> targetGroups = new ArrayList<>();
    private List<Theme> themes = new ArrayList<>();

    /** The chosen target groups as the boundary takes them: none chosen is an empty set. */
    protected Set<TargetGroup> chosenTargetGroups() {
        return targetGroups == null || targetGroups.isEmpty()
                ? EnumSet.noneOf(TargetGroup.class)
                : EnumSet.copyOf(targetGroups);
    }

    /** The chosen themes as the boundary takes them: none chosen is an empty set. */
    protected Set<Theme> chosenThemes() {
        return themes == null || themes.isEmpty() ? new TreeSet<>() : Theme.setOf(themes);
    }

    public TargetGroup[] getAllTargetGroups() {
        return TargetGroup.values();
    }

    public Theme[] getAllThemes() {
        return Theme.values();
    }

    public List<String> getLanguages() {
        return SupportedLanguage.CODES;
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
