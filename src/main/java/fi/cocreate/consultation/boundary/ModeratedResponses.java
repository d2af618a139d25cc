package fi.cocreate.consultation.boundary;

import fi.cocreate.consultation.control.ContainsPattern;
import fi.cocreate.consultation.control.ModerationFilter;
import fi.cocreate.consultation.control.RedactedText;
import fi.cocreate.consultation.entity.Answer;
import fi.cocreate.consultation.entity.ConsultationEvent;
import fi.cocreate.consultation.entity.ModerationState;
import fi.cocreate.consultation.entity.OrganisationType;
import fi.cocreate.consultation.entity.Passage;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.ResponseModeration;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.consultation.entity.ThemeTag;
import fi.cocreate.identity.boundary.RolesRequired;
import fi.cocreate.identity.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What staff read of the moderation of a consultation's submitted responses: the list's counts and pages (filtered
 * and sorted by the database), one response with its moderation, and what a summary's statement may cite. It decides
 * nothing; the decisions are {@link Moderation}'s. Every method is for staff only, checked before it runs by
 * {@link RolesRequired}.
 */
@Stateless
@RolesRequired({Role.STAFF, Role.ADMIN})
public class ModeratedResponses {

    private static final String SUBMITTED = "fi.cocreate.consultation.entity.ResponseState.SUBMITTED";

    @PersistenceContext
    EntityManager em;

    @Inject
    Responses responses;

    /** Counts over every submitted response of the consultation: total, per state and per theme. */
    public ModerationOverview overview(long consultationId) {
        long total = em.createQuery(
                        "select count(r) from Response r where r.consultation.id = :c and r.state = " + SUBMITTED,
                        Long.class)
                .setParameter("c", consultationId)
                .getSingleResult();
        Map<ModerationState, Long> byState = new EnumMap<>(ModerationState.class);
        for (ModerationState s : ModerationState.values()) {
            byState.put(s, 0L);
        }
        long decided = 0;
        for (Object[] row : em.createQuery(
                        "select m.state, count(m) from ResponseModeration m"
                                + " where m.response.consultation.id = :c and m.response.state = " + SUBMITTED
                                + " group by m.state",
                        Object[].class)
                .setParameter("c", consultationId)
                .getResultList()) {
            byState.put((ModerationState) row[0], (Long) row[1]);
            decided += (Long) row[1];
        }
        byState.merge(ModerationState.RECEIVED, total - decided, Long::sum); // never looked at: received
        Map<Theme, Long> byTheme = new java.util.TreeMap<>();
        for (Object[] row : em.createNamedQuery(ThemeTag.COUNT_BY_THEME, Object[].class)
                .setParameter("consultation", consultationId)
                .getResultList()) {
            byTheme.put((Theme) row[0], (Long) row[1]);
        }
        long unverified = em.createQuery(
                        "select count(r) from Response r where r.consultation.id = :c and r.state = " + SUBMITTED
                                + " and r.organisation.verifiedAt is null",
                        Long.class)
                .setParameter("c", consultationId)
                .getSingleResult();
        return new ModerationOverview(total, byState, byTheme, unverified);
    }

    /** How many submitted responses match the filter. */
    public long count(long consultationId, ModerationFilter filter) {
        return filtered("select count(r)", consultationId, filter, "", Long.class)
                .getSingleResult();
    }

    /** One page of the submitted responses matching the filter, sorted by the database. */
    public List<ModerationRow> page(
            long consultationId, ModerationFilter filter, ModerationSort sort, boolean ascending, int first, int size) {
        return page(consultationId, filter, sort, ascending, first, size, null);
    }

    /**
     * As {@link #page(long, ModerationFilter, ModerationSort, boolean, int, int)}, an event's output named by the
     * event's title in {@code locale}'s language.
     */
    public List<ModerationRow> page(
            long consultationId,
            ModerationFilter filter,
            ModerationSort sort,
            boolean ascending,
            int first,
            int size,
            Locale locale) {
        String order = " order by " + (sort == null ? ModerationSort.SUBMITTED : sort).path()
                + (ascending ? " asc" : " desc") + ", r.id";
        List<Object[]> rows = filtered(
                        "select r.id, o.name, o.type, r.referenceNumber, m.state,"
                                + " r.publicationConsent, o.verifiedAt, r.late, r.channel, ev.id",
                        consultationId,
                        filter,
                        order,
                        Object[].class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Theme>> themes = new HashMap<>();
        em.createQuery(
                        "select t.response.id, t.theme from ThemeTag t where t.response.id in :ids order by t.id",
                        Object[].class)
                .setParameter("ids", rows.stream().map(r -> (Long) r[0]).toList())
                .getResultList()
                .forEach(t -> {
                    // a theme of the response and of its passage is listed once
                    List<Theme> of = themes.computeIfAbsent((Long) t[0], k -> new ArrayList<>());
                    if (!of.contains((Theme) t[1])) {
                        of.add((Theme) t[1]);
                    }
                });
        // An event's output is named by the event's title: the page's events in one statement, not one per row.
        List<Long> eventIds = rows.stream()
                .map(r -> (Long) r[9])
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, String> eventTitles = new HashMap<>();
        if (!eventIds.isEmpty()) {
            em.createQuery("select e from ConsultationEvent e where e.id in :ids", ConsultationEvent.class)
                    .setParameter("ids", eventIds)
                    .getResultList()
                    .forEach(e -> eventTitles.put(e.getId(), e.getTitle().in(locale)));
        }
        return rows.stream()
                .map(r -> new ModerationRow(
                        (Long) r[0],
                        r[9] == null ? (String) r[1] : eventTitles.get((Long) r[9]),
                        (OrganisationType) r[2],
                        (String) r[3],
                        r[4] == null ? ModerationState.RECEIVED : (ModerationState) r[4],
                        (Boolean) r[5],
                        themes.getOrDefault((Long) r[0], List.of()),
                        r[9] != null || r[6] != null,
                        (Boolean) r[7],
                        (fi.cocreate.consultation.entity.ResponseChannel) r[8],
                        List.of()))
                .toList();
    }

    /** An event's title in the locale's language, as an event output's source is named. */
    private String eventTitle(long eventId, Locale locale) {
        return em.find(ConsultationEvent.class, eventId).getTitle().in(locale);
    }

    private <T> TypedQuery<T> filtered(
            String select, long consultationId, ModerationFilter filter, String order, Class<T> type) {
        ModerationFilter f = filter == null ? ModerationFilter.NONE : filter;
        StringBuilder jpql = new StringBuilder(select)
                .append(" from Response r left join r.organisation o left join r.event ev")
                .append(" left join ResponseModeration m on m.response = r")
                .append(" where r.consultation.id = :c and r.state = ")
                .append(SUBMITTED);
        if (f.organisationType() != null) {
            jpql.append(" and o.type = :type");
        }
        if (f.state() == ModerationState.RECEIVED) {
            jpql.append(" and (m.id is null or m.state = :state)");
        } else if (f.state() != null) {
            jpql.append(" and m.state = :state");
        }
        if (f.theme() != null) {
            jpql.append(" and exists (select t.id from ThemeTag t where t.response = r and t.theme = :theme)");
        }
        if (f.questionId() != null) {
            // AnswerInput stores a blank text as null, so "answered with some text" is "text is not null".
            jpql.append(" and exists (select a.id from Answer a where a.responseVersion.response = r")
                    .append(" and a.responseVersion.number = r.submittedVersion and a.question.id = :question")
                    .append(" and a.text is not null)");
        }
        TypedQuery<T> query =
                em.createQuery(jpql.append(order).toString(), type).setParameter("c", consultationId);
        if (f.organisationType() != null) {
            query.setParameter("type", f.organisationType());
        }
        if (f.state() != null) {
            query.setParameter("state", f.state());
        }
        if (f.theme() != null) {
            query.setParameter("theme", f.theme());
        }
        if (f.questionId() != null) {
            query.setParameter("question", f.questionId());
        }
        return query;
    }

    private static ModeratedResponse moderated(
            Response r, ResponseModeration m, Map<Long, List<ThemeTag>> tags, Map<Long, List<Passage>> passages) {
        ModerationState state = m == null ? ModerationState.RECEIVED : m.getState();
        Map<Long, RedactedText> publicAnswers = new HashMap<>();
        if (m != null && !m.getRedactions().isEmpty()) {
            r.submittedVersion()
                    .ifPresent(v -> v.getAnswers().stream()
                            .filter(a -> a.getText() != null)
                            .forEach(a -> publicAnswers.put(
                                    a.getQuestion().getId(),
                                    m.publicText(a.getQuestion().getId(), a.getText()))));
        }
        return new ModeratedResponse(
                r,
                state,
                m == null ? null : m.getHiddenReason(),
                m == null ? null : m.wholeResponseText().orElse(null),
                tags.getOrDefault(r.getId(), List.of()),
                passages.getOrDefault(r.getId(), List.of()),
                m != null && m.isPublic(),
                m == null ? ModeratedResponse.NOT_MODERATED : m.getVersion(),
                m == null ? List.of() : m.getRedactions(),
                publicAnswers);
    }

    /**
     * What a statement of the consultation's summary may cite, for the citation picker: at most {@code limit} of the
     * submitted responses whose organisation's name contains the typed text, then passages whose organisation or
     * quote contains it, in the order of the organisations' names. Bounded, however many responses there are.
     */
    public List<CitableSource> citable(long consultationId, String typed, int limit) {
        return citable(consultationId, typed, limit, null);
    }

    /**
     * As {@link #citable(long, String, int)}, events' outputs found and named by the event's title in
     * {@code locale}'s language.
     */
    public List<CitableSource> citable(long consultationId, String typed, int limit, Locale locale) {
        String pattern = ContainsPattern.of(typed);
        List<Object[]> responseRows = em.createQuery(
                        "select r.id, o.name, ev.id from Response r left join r.organisation o"
                                + " left join r.event ev where r.consultation.id = :c and r.state = " + SUBMITTED
                                + " and ("
                                + named("o", "ev") + ") order by o.name, r.id",
                        Object[].class)
                .setParameter("c", consultationId)
                .setParameter("p", pattern)
                .setMaxResults(limit)
                .getResultList();
        Map<Long, ModerationState> states = new HashMap<>();
        if (!responseRows.isEmpty()) {
            em.createQuery(
                            "select m.response.id, m.state from ResponseModeration m where m.response.id in :ids",
                            Object[].class)
                    .setParameter(
                            "ids", responseRows.stream().map(r -> (Long) r[0]).toList())
                    .getResultList()
                    .forEach(m -> states.put((Long) m[0], (ModerationState) m[1]));
        }
        List<CitableSource> found = new ArrayList<>();
        for (Object[] r : responseRows) {
            found.add(new CitableSource(
                    (Long) r[0],
                    null,
                    r[2] == null ? (String) r[1] : eventTitle((Long) r[2], locale),
                    states.getOrDefault((Long) r[0], ModerationState.RECEIVED),
                    null));
        }
        if (found.size() < limit) {
            em.createQuery(
                            "select p.id, r.id, o.name, p.quote, ev.id from Passage p join p.response r"
                                    + " left join r.organisation o left join r.event ev where r.consultation.id = :c and r.state = "
                                    + SUBMITTED + " and (" + named("o", "ev") + " or lower(p.quote) like :p escape '"
                                    + ContainsPattern.ESCAPE + "') order by o.name, p.id",
                            Object[].class)
                    .setParameter("c", consultationId)
                    .setParameter("p", pattern)
                    .setMaxResults(limit - found.size())
                    .getResultList()
                    .forEach(p -> found.add(new CitableSource(
                            (Long) p[1],
                            (Long) p[0],
                            p[4] == null ? (String) p[2] : eventTitle((Long) p[4], locale),
                            null,
                            (String) p[3])));
        }
        return found;
    }

    /** The JPQL condition that the organisation's name or the event's title in any language contains :p. */
    private static String named(String organisation, String event) {
        String like = " like :p escape '" + ContainsPattern.ESCAPE + "'";
        return "lower(" + organisation + ".name)" + like + " or lower(" + event + ".title.fi)" + like + " or lower("
                + event + ".title.sv)" + like + " or lower(" + event + ".title.en)" + like;
    }

    /** One submitted response with its moderation, tags and passages. */
    public ModeratedResponse moderatedResponse(long responseId) {
        Response response = responses.findSubmitted(responseId);
        ResponseModeration moderation = em.createQuery(
                        "select m from ResponseModeration m where m.response.id = :r", ResponseModeration.class)
                .setParameter("r", responseId)
                .getResultStream()
                .findFirst()
                .orElse(null);
        List<ThemeTag> tags = em.createQuery(
                        "select t from ThemeTag t where t.response.id = :r order by t.id", ThemeTag.class)
                .setParameter("r", responseId)
                .getResultList();
        List<Passage> passages = em.createQuery(
                        "select p from Passage p where p.response.id = :r order by p.id", Passage.class)
                .setParameter("r", responseId)
                .getResultList();
        return moderated(response, moderation, Map.of(responseId, tags), Map.of(responseId, passages));
    }

    /** The answer texts of a response as submitted, for staff to quote from. */
    public List<Answer> answersOf(long responseId) {
        return responses
                .findSubmitted(responseId)
                .submittedVersion()
                .map(v -> v.getAnswers())
                .orElse(List.of());
    }
}
