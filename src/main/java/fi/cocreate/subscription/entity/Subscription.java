package fi.cocreate.subscription.entity;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.SupportedLanguage;
import fi.cocreate.consultation.entity.TargetGroup;
import fi.cocreate.consultation.entity.Theme;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Someone who wants to hear of new consultations, events and summaries for some target groups and themes; no account
 * needed. Gets no bulk mail until the address is confirmed through the mailed link (double opt-in).
 */
@Entity
@Table(name = "subscription")
@NamedQuery(name = Subscription.BY_EMAIL, query = "select s from Subscription s where s.email = :email")
@NamedQuery(
        name = Subscription.CONFIRMED,
        query = "select s from Subscription s where s.confirmedAt is not null order by s.id")
public class Subscription {

    public static final String BY_EMAIL = "Subscription.byEmail";
    public static final String CONFIRMED = "Subscription.confirmed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false, length = 2)
    private String language;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "subscription_target_group", joinColumns = @JoinColumn(name = "subscription_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", length = 40)
    private Set<TargetGroup> targetGroups = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "subscription_theme", joinColumns = @JoinColumn(name = "subscription_id"))
    @Convert(converter = fi.cocreate.consultation.entity.ThemeConverter.class)
    @Column(name = "theme", length = 40)
    private Set<Theme> themes = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Version
    private long version;

    protected Subscription() {}

    public Subscription(
            String email, String language, Collection<TargetGroup> groups, Collection<Theme> themes, Instant now) {
        this.email = normaliseEmail(Objects.requireNonNull(email, "Email is required."));
        this.createdAt = Objects.requireNonNull(now);
        choose(language, groups, themes);
    }

    public static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Sets the language and what to hear about; at least one target group or theme is needed. */
    public final void choose(String language, Collection<TargetGroup> groups, Collection<Theme> chosenThemes) {
        if ((groups == null || groups.isEmpty()) && (chosenThemes == null || chosenThemes.isEmpty())) {
            throw new BusinessException("subscription.nothingChosen");
        }
        this.language = SupportedLanguage.orDefault(language);
        this.targetGroups.clear();
        this.themes.clear();
        if (groups != null) {
            this.targetGroups.addAll(groups);
        }
        if (chosenThemes != null) {
            // subscriptions are by the seven seed themes; a consultation's own themes are for coding its feedback
            chosenThemes.stream().filter(Theme::isOwn).findAny().ifPresent(t -> {
                throw new IllegalArgumentException("Not a seed theme: " + t);
            });
            this.themes.addAll(chosenThemes);
        }
    }

    /** Confirms the address; confirming again changes nothing. */
    public void confirm(Instant now) {
        if (confirmedAt == null) {
            confirmedAt = now;
        }
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    /** Whether mail about something for these target groups or themes should reach this subscriber. */
    public boolean wants(Set<TargetGroup> groups, Set<Theme> aboutThemes) {
        return isConfirmed()
                && (!Collections.disjoint(targetGroups, groups) || !Collections.disjoint(themes, aboutThemes));
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public Set<TargetGroup> getTargetGroups() {
        return targetGroups.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(targetGroups));
    }

    public Set<Theme> getThemes() {
        return themes.isEmpty() ? Set.of() : Collections.unmodifiableSet(Theme.setOf(themes));
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
