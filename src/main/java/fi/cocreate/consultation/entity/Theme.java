package fi.cocreate.consultation.entity;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A theme consultations, responses and summary statements are coded by. The seven seed themes come from the seed (the
 * matters discussed at the researchers' event of 14 September 2020 and the role of organisations); their labels are in
 * the {@code i18n.consultation} bundle under {@code theme.NAME}. Beside them each consultation may have its own themes,
 * which staff define with fi/sv/en labels ({@link ConsultationTheme}); such a theme is named {@code OWN_<id>} and its
 * label comes from that record. Stored everywhere by {@link #name()} (see {@link ThemeConverter}), so the seven keep
 * their stored values. An extensible enum: the seven constants, {@link #values()} and {@link #valueOf} as before.
 * Subscriptions and a consultation's own classification stay on the seven.
 */
public final class Theme implements Serializable, Comparable<Theme> {

    private static final long serialVersionUID = 1L;

    public static final Theme LABOUR_MARKET = new Theme("LABOUR_MARKET", 0);
    public static final Theme EMPLOYMENT_AND_EDUCATION_PATHS = new Theme("EMPLOYMENT_AND_EDUCATION_PATHS", 1);
    public static final Theme HEALTH_AND_WELLBEING = new Theme("HEALTH_AND_WELLBEING", 2);
    public static final Theme INTEGRATION_OF_FAMILIES = new Theme("INTEGRATION_OF_FAMILIES", 3);
    public static final Theme INCLUSION = new Theme("INCLUSION", 4);
    public static final Theme GOOD_RELATIONS = new Theme("GOOD_RELATIONS", 5);
    public static final Theme ROLE_OF_ORGANISATIONS = new Theme("ROLE_OF_ORGANISATIONS", 6);

    private static final List<Theme> SEED = List.of(
            LABOUR_MARKET,
            EMPLOYMENT_AND_EDUCATION_PATHS,
            HEALTH_AND_WELLBEING,
            INTEGRATION_OF_FAMILIES,
            INCLUSION,
            GOOD_RELATIONS,
            ROLE_OF_ORGANISATIONS);

    /** The name prefix of a consultation's own theme. */
    public static final String OWN_PREFIX = "OWN_";

    private final String name;
    private final long ordinal;

    private Theme(String name, long ordinal) {
        this.name = name;
        this.ordinal = ordinal;
    }

    /** The seven seed themes, in their order. */
    public static Theme[] values() {
        return SEED.toArray(new Theme[0]);
    }

    /** The seven seed themes as a new, changeable, ordered set. */
    public static Set<Theme> seed() {
        return new TreeSet<>(SEED);
    }

    /** A new, changeable, ordered set of the given themes. */
    public static Set<Theme> setOf(Collection<Theme> themes) {
        return new TreeSet<>(themes);
    }

    /** A new, changeable, ordered set of the given themes. */
    public static Set<Theme> setOf(Theme... themes) {
        return new TreeSet<>(Arrays.asList(themes));
    }

    /** The consultation's own theme with this id ({@link ConsultationTheme#getId()}). */
    public static Theme own(long id) {
        if (id <= 0) {
            throw new IllegalArgumentException("An own theme's id is positive: " + id);
        }
        return new Theme(OWN_PREFIX + id, SEED.size() + id);
    }

    /** The theme of a stored or posted name: a seed theme's name or {@code OWN_<id>}; anything else is refused. */
    public static Theme valueOf(String name) {
        if (name == null) {
            throw new NullPointerException("Name is null");
        }
        for (Theme t : SEED) {
            if (t.name.equals(name)) {
                return t;
            }
        }
        if (name.startsWith(OWN_PREFIX)
                && name.length() > OWN_PREFIX.length()
                && name.length() <= 24
                && name.substring(OWN_PREFIX.length()).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return own(Long.parseLong(name.substring(OWN_PREFIX.length())));
        }
        throw new IllegalArgumentException("No theme " + name);
    }

    public String name() {
        return name;
    }

    /** The seed themes' positions 0–6, then the own themes by id. */
    public long ordinal() {
        return ordinal;
    }

    /** Whether this is a consultation's own theme rather than one of the seven. */
    public boolean isOwn() {
        return ordinal >= SEED.size();
    }

    /** The own theme's {@link ConsultationTheme} id; null for a seed theme. */
    public Long ownId() {
        return isOwn() ? ordinal - SEED.size() : null;
    }

    /**
     * The bundle key of a seed theme's label. An own theme's label is its record's (see {@code ThemeNames}); its key
     * is in no bundle.
     */
    public String labelKey() {
        return "theme." + name;
    }

    @Override
    public int compareTo(Theme other) {
        return Long.compare(ordinal, other.ordinal);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Theme t && t.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }

    /** Seed themes stay the same instances after deserialisation (a view kept in the session). */
    private Object readResolve() {
        return isOwn() ? this : SEED.get((int) ordinal);
    }

    /** The seven seed themes, unmodifiable. */
    public static List<Theme> seedList() {
        return Collections.unmodifiableList(SEED);
    }
}
