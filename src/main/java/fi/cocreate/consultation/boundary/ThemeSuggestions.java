package fi.cocreate.consultation.boundary;

import fi.cocreate.common.Found;
import fi.cocreate.consultation.control.ThemeClassifier;
import fi.cocreate.consultation.control.ThemeClassifier.Example;
import fi.cocreate.consultation.control.ThemeClassifier.Suggestion;
import fi.cocreate.consultation.control.ThemeModelCache.Fingerprint;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.Passage;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.consultation.entity.ThemeRejection;
import fi.cocreate.consultation.entity.ThemeTag;
import fi.cocreate.identity.boundary.Caller;
import fi.cocreate.identity.boundary.RolesRequired;
import fi.cocreate.identity.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Theme suggestions for staff's moderation: for each submitted response and passage, the themes of the consultation's
 * list that the model learnt from the consultation's own codes ({@link ThemeClassifier}) gives it, without the themes
 * it already has and those staff rejected there. Staff accept a suggestion (it becomes a theme tag) or reject it
 * (stored); both change the codes and so the next model. Staff only, checked by {@link RolesRequired}.
 *
 * <p>Suggestions for a page are read in a fixed number of statements however many responses it shows: two aggregate
 * queries tell whether the cached model is still current, then the page's texts, tags and rejections each in one.
 * Training (on a cache miss) reads the consultation's codes in four more.
 */
@Stateless
@RolesRequired({Role.STAFF, Role.ADMIN})
public class ThemeSuggestions {

    private static final String SUBMITTED_TEXTS = "select v.response.id, a.text from Answer a join a.responseVersion v"
            + " where v.number = v.response.submittedVersion and v.response.state"
            + " = fi.cocreate.consultation.entity.ResponseState.SUBMITTED and a.text is not null";

    @PersistenceContext
    EntityManager em;

    @Inject
    ThemeModels models;

    @Inject
    OwnThemes ownThemes;

    @Inject
    Responses responses;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** The suggestions for one response and for each of its passages (by passage id). */
    public record OfResponse(List<Suggestion> response, Map<Long, List<Suggestion>> passages) implements Serializable {}

    /** The suggestions for each of the given responses of the consultation, by response id (whole responses only). */
    public Map<Long, List<Suggestion>> forResponses(long consultationId, Collection<Long> responseIds) {
        Map<Long, List<Suggestion>> found = new HashMap<>();
        if (responseIds.isEmpty()) {
            return found;
        }
        ThemeClassifier model = model(consultationId);
        if (model.themes().isEmpty()) {
            return found;
        }
        Map<Long, String> texts = texts(em.createQuery(
                        SUBMITTED_TEXTS + " and v.response.id in :ids" + " order by v.response.id, a.question.position",
                        Object[].class)
                .setParameter("ids", responseIds)
                .getResultList());
        Map<Key, Set<Theme>> excluded = new HashMap<>();
        em.createQuery(
                        "select t.response.id, t.theme from ThemeTag t where t.passage is null and t.response.id in :ids",
                        Object[].class)
                .setParameter("ids", responseIds)
                .getResultList()
                .forEach(t -> themesOf(excluded, new Key((Long) t[0], null)).add((Theme) t[1]));
        em.createQuery(
                        "select r.response.id, r.theme from ThemeRejection r where r.passage is null"
                                + " and r.response.id in :ids",
                        Object[].class)
                .setParameter("ids", responseIds)
                .getResultList()
                .forEach(r -> themesOf(excluded, new Key((Long) r[0], null)).add((Theme) r[1]));
        texts.forEach((id, text) ->
                found.put(id, model.suggest(text, excluded.getOrDefault(new Key(id, null), Set.of()))));
        return found;
    }

    /** The suggestions for one submitted response and each of its passages. */
    public OfResponse forResponse(long responseId) {
        Response response = responses.findSubmitted(responseId);
        ThemeClassifier model = model(response.getConsultation().getId());
        if (model.themes().isEmpty()) {
            return new OfResponse(List.of(), Map.of());
        }
        String text = String.join(
                "\n\n",
                texts(em.createQuery(
                                        SUBMITTED_TEXTS + " and v.response.id = :r" + " order by a.question.position",
                                        Object[].class)
                                .setParameter("r", responseId)
                                .getResultList())
                        .values());
        Map<Key, Set<Theme>> excluded = new HashMap<>();
        em.createQuery(
                        "select p.id, t.theme from ThemeTag t left join t.passage p where t.response.id = :r",
                        Object[].class)
                .setParameter("r", responseId)
                .getResultList()
                .forEach(t ->
                        themesOf(excluded, new Key(responseId, (Long) t[0])).add((Theme) t[1]));
        em.createQuery(
                        "select p.id, r.theme from ThemeRejection r left join r.passage p where r.response.id = :r",
                        Object[].class)
                .setParameter("r", responseId)
                .getResultList()
                .forEach(r ->
                        themesOf(excluded, new Key(responseId, (Long) r[0])).add((Theme) r[1]));
        Map<Long, List<Suggestion>> passages = new LinkedHashMap<>();
        em.createQuery("select p.id, p.quote from Passage p where p.response.id = :r order by p.id", Object[].class)
                .setParameter("r", responseId)
                .getResultList()
                .forEach(p -> passages.put(
                        (Long) p[0],
                        model.suggest(
                                (String) p[1], excluded.getOrDefault(new Key(responseId, (Long) p[0]), Set.of()))));
        return new OfResponse(
                model.suggest(text, excluded.getOrDefault(new Key(responseId, null), Set.of())), passages);
    }

    /** Codes the response ({@code passageId} null) or one of its passages with the suggested theme. */
    public void accept(long responseId, Long passageId, Theme theme) {
        Response response = responses.findSubmitted(responseId);
        Objects.requireNonNull(theme, "Theme is required.");
        ownThemes.requireUsable(response.getConsultation().getId(), theme);
        Passage passage = passageOf(response, passageId);
        if (!holds("ThemeTag", responseId, passage, theme)) {
            em.persist(passage == null ? new ThemeTag(response, theme) : new ThemeTag(passage, theme));
        }
    }

    /** Stores that staff rejected the suggested theme for the response ({@code passageId} null) or the passage. */
    public void reject(long responseId, Long passageId, Theme theme) {
        Response response = responses.findSubmitted(responseId);
        Objects.requireNonNull(theme, "Theme is required.");
        ownThemes.requireUsable(response.getConsultation().getId(), theme);
        Passage passage = passageOf(response, passageId);
        if (!holds("ThemeRejection", responseId, passage, theme)) {
            em.persist(
                    new ThemeRejection(response, passage, theme, caller.email().orElseThrow(), clock.instant()));
        }
    }

    /**
     * Whether a row of {@code entity} (a {@code ThemeTag} or a {@code ThemeRejection}) already has the theme for the
     * response ({@code passage} null) or for the passage.
     */
    private boolean holds(String entity, long responseId, Passage passage, Theme theme) {
        var existing = em.createQuery(
                        "select count(x) from " + entity + " x where x.response.id = :r and x.theme = :t"
                                + (passage == null ? " and x.passage is null" : " and x.passage.id = :p"),
                        Long.class)
                .setParameter("r", responseId)
                .setParameter("t", theme);
        if (passage != null) {
            existing.setParameter("p", passage.getId());
        }
        return existing.getSingleResult() > 0;
    }

    private ThemeClassifier model(long consultationId) {
        Object[] tags = em.createQuery(
                        "select count(t), sum(t.id) from ThemeTag t" + " where t.response.consultation.id = :c",
                        Object[].class)
                .setParameter("c", consultationId)
                .getSingleResult();
        Object[] rejections = em.createQuery(
                        "select count(r), sum(r.id) from ThemeRejection r" + " where r.response.consultation.id = :c",
                        Object[].class)
                .setParameter("c", consultationId)
                .getSingleResult();
        Fingerprint now =
                new Fingerprint(number(tags[0]), number(tags[1]), number(rejections[0]), number(rejections[1]));
        return models.cache().model(consultationId, now, () -> train(consultationId));
    }

    /** The consultation's model: what its staff coded, the whole responses and the passages, and what they rejected. */
    private ThemeClassifier train(long consultationId) {
        Consultation consultation = em.find(Consultation.class, consultationId);
        Set<Theme> themes = consultation == null || consultation.getThemes().isEmpty()
                ? Theme.seed()
                : Theme.setOf(consultation.getThemes());
        Map<Key, Set<Theme>> coded = new HashMap<>();
        Map<Key, Set<Theme>> rejected = new HashMap<>();
        Map<Long, String> quotes = new HashMap<>();
        for (Object[] t : em.createQuery(
                        "select t.response.id, p.id, p.quote, t.theme from ThemeTag t"
                                + " left join t.passage p where t.response.consultation.id = :c",
                        Object[].class)
                .setParameter("c", consultationId)
                .getResultList()) {
            themesOf(coded, new Key((Long) t[0], (Long) t[1])).add((Theme) t[3]);
            themes.add((Theme) t[3]); // a theme staff use is on the list, whatever the consultation names
            if (t[1] != null) {
                quotes.put((Long) t[1], (String) t[2]);
            }
        }
        for (Object[] r : em.createQuery(
                        "select r.response.id, p.id, p.quote, r.theme from ThemeRejection r"
                                + " left join r.passage p where r.response.consultation.id = :c",
                        Object[].class)
                .setParameter("c", consultationId)
                .getResultList()) {
            themesOf(rejected, new Key((Long) r[0], (Long) r[1])).add((Theme) r[3]);
            if (r[1] != null) {
                quotes.put((Long) r[1], (String) r[2]);
            }
        }
        boolean wholeResponses = java.util.stream.Stream.concat(coded.keySet().stream(), rejected.keySet().stream())
                .anyMatch(k -> k.passageId() == null);
        Map<Long, String> responseTexts = !wholeResponses
                ? Map.of()
                : texts(em.createQuery(
                                SUBMITTED_TEXTS
                                        + " and v.response.consultation.id = :c order by v.response.id, a.question.position",
                                Object[].class)
                        .setParameter("c", consultationId)
                        .getResultList());
        Set<Key> keys = new java.util.HashSet<>(coded.keySet());
        keys.addAll(rejected.keySet());
        List<Example> examples = keys.stream()
                .map(k -> new Example(
                        k.passageId() == null ? responseTexts.get(k.responseId()) : quotes.get(k.passageId()),
                        coded.getOrDefault(k, Set.of()),
                        rejected.getOrDefault(k, Set.of())))
                .toList();
        return ThemeClassifier.train(themes, examples);
    }

    private Passage passageOf(Response response, Long passageId) {
        if (passageId == null) {
            return null;
        }
        return Found.find(
                em, Passage.class, passageId, p -> p.getResponse().getId().equals(response.getId()), "notFound");
    }

    /** The answer texts of each response joined into one, in question order. */
    private static Map<Long, String> texts(List<Object[]> rows) {
        Map<Long, String> texts = new LinkedHashMap<>();
        rows.forEach(r -> texts.merge((Long) r[0], (String) r[1], (a, b) -> a + "\n\n" + b));
        return texts;
    }

    private static Set<Theme> themesOf(Map<Key, Set<Theme>> map, Key key) {
        return map.computeIfAbsent(key, k -> new java.util.TreeSet<>());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A whole response (passage null) or one passage of it. */
    private record Key(long responseId, Long passageId) {}
}
