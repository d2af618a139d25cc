package fi.cocreate.consultation.boundary;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.Found;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.control.ThemeNames;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationTheme;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.identity.boundary.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * A consultation's own themes, beside the seven seed themes: staff add and rename them (fi label required, unique in
 * the consultation; the version guards a rename), and everything that codes the consultation's feedback offers
 * {@link #available} and checks {@link #requireUsable}. The labels are read by anyone who reads a theme's name.
 */
@Stateless
public class OwnThemes {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** The consultation's own themes in the order they were added. */
    public List<ConsultationTheme> of(long consultationId) {
        caller.requireStaff();
        return ownOf(consultationId);
    }

    private List<ConsultationTheme> ownOf(long consultationId) {
        return em.createNamedQuery(ConsultationTheme.OF_CONSULTATION, ConsultationTheme.class)
                .setParameter("consultation", consultationId)
                .getResultList();
    }

    /** The themes the consultation's feedback is coded by: the seven, then its own. */
    public List<Theme> available(long consultationId) {
        caller.requireStaff();
        List<Theme> themes = new ArrayList<>(Theme.seedList());
        ownOf(consultationId).forEach(t -> themes.add(t.theme()));
        return themes;
    }

    public ConsultationTheme add(long consultationId, String fi, String sv, String en) {
        caller.requireStaff();
        Consultation consultation = Found.find(em, Consultation.class, consultationId, "consultation.notFound");
        // one at a time per consultation, so two staff adding the same label get the clear message, not a key error
        em.createNativeQuery("select id from consultation where id = ?1 for update")
                .setParameter(1, consultationId)
                .getResultList();
        ConsultationTheme theme = new ConsultationTheme(
                consultation,
                fi,
                sv,
                en,
                takenLabels(consultationId, null),
                caller.email().orElseThrow(),
                clock.instant());
        em.persist(theme);
        em.flush();
        return theme;
    }

    /** Renames an own theme, if the page showed its current version; refused naming who changed it meanwhile. */
    public ConsultationTheme rename(
            long consultationId, long themeId, String fi, String sv, String en, Long seenVersion) {
        caller.requireStaff();
        ConsultationTheme theme = Found.find(
                em,
                ConsultationTheme.class,
                themeId,
                t -> t.getConsultation().getId() == consultationId,
                "ownTheme.notFound");
        em.createNativeQuery("select id from consultation where id = ?1 for update")
                .setParameter(1, consultationId)
                .getResultList();
        theme.rename(
                fi,
                sv,
                en,
                takenLabels(consultationId, themeId),
                seenVersion,
                caller.email().orElseThrow(),
                clock.instant());
        return theme;
    }

    /** The Finnish labels other themes of the consultation have: the seven's and its own but {@code except}. */
    private Collection<String> takenLabels(long consultationId, Long except) {
        List<String> taken = new ArrayList<>();
        ResourceBundle fi = ResourceBundle.getBundle(
                "i18n.consultation", Locale.forLanguageTag("fi"), OwnThemes.class.getClassLoader());
        for (Theme t : Theme.values()) {
            taken.add(fi.getString(t.labelKey()));
        }
        ownOf(consultationId).stream()
                .filter(t -> !t.getId().equals(except))
                .forEach(t -> taken.add(t.getLabel().getFi()));
        return taken;
    }

    /**
     * Refuses a theme the consultation's feedback may not be coded with: an own theme of another consultation, or one
     * that does not exist. The seven are usable everywhere.
     */
    public void requireUsable(long consultationId, Theme theme) {
        if (theme == null || !theme.isOwn()) {
            return;
        }
        ConsultationTheme own = em.find(ConsultationTheme.class, theme.ownId());
        if (own == null || own.getConsultation().getId() != consultationId) {
            throw new BusinessException("ownTheme.notOfConsultation");
        }
    }

    /** The names of the consultation's themes, for pages, exports and the API. */
    public ThemeNames names(long consultationId) {
        Map<Long, LocalizedText> own = new HashMap<>();
        ownOf(consultationId).forEach(t -> own.put(t.getId(), t.getLabel()));
        return new ThemeNames(own);
    }

    /** An own theme's label by id (any consultation), or null if there is no such theme. */
    public LocalizedText label(long ownThemeId) {
        ConsultationTheme theme = em.find(ConsultationTheme.class, ownThemeId);
        return theme == null ? null : theme.getLabel();
    }
}
