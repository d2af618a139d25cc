package fi.cocreate.consultation.boundary;

import fi.cocreate.common.NotFound;
import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LastEdit;
import fi.cocreate.consultation.control.ModerationFilter;
import fi.cocreate.consultation.entity.Answer;
import fi.cocreate.consultation.entity.ModerationState;
import fi.cocreate.consultation.entity.Passage;
import fi.cocreate.consultation.entity.Question;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.ResponseModeration;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.consultation.entity.ThemeTag;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Staff moderate the submitted responses of a consultation: states, theme tags and quoted passages. */
@Stateless
public class Moderation {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    StaffAccess staff;

    @Inject
    Responses responses;

    /** The submitted responses matching the filter, and the counts per state and per theme over all of them. */
    public ModerationOverview overview(long consultationId, ModerationFilter filter) {
        staff.require();
        List<ModeratedResponse> all = moderated(consultationId);
        Map<ModerationState, Long> byState = new EnumMap<>(ModerationState.class);
        Map<Theme, Long> byTheme = new EnumMap<>(Theme.class);
        for (ModerationState s : ModerationState.values()) {
            byState.put(s, 0L);
        }
        List<ModeratedResponse> rows = new ArrayList<>();
        for (ModeratedResponse row : all) {
            byState.merge(row.state(), 1L, Long::sum);
            Set<Theme> themes = row.tags().stream().map(ThemeTag::getTheme).collect(Collectors.toSet());
            themes.forEach(t -> byTheme.merge(t, 1L, Long::sum));
            Set<Long> answered = row.response().submittedVersion().map(v -> v.getAnswers().stream()
                    .filter(a -> a.getText() != null && !a.getText().isBlank())
                    .map(a -> a.getQuestion().getId()).collect(Collectors.toSet())).orElse(Set.of());
            if ((filter == null ? ModerationFilter.NONE : filter).matches(row.response().getOrganisation().getType(),
                    answered, themes, row.state())) {
                rows.add(row);
            }
        }
        return new ModerationOverview(rows, all.size(), byState, byTheme);
    }

    /** Every submitted response of the consultation with its moderation, for the overview and the exports. */
    public List<ModeratedResponse> moderated(long consultationId) {
        staff.require();
        Map<Long, ResponseModeration> moderations = em.createNamedQuery(ResponseModeration.OF_CONSULTATION,
                ResponseModeration.class).setParameter("consultation", consultationId).getResultStream()
                .collect(Collectors.toMap(m -> m.getResponse().getId(), Function.identity()));
        Map<Long, List<ThemeTag>> tags = em.createNamedQuery(ThemeTag.OF_CONSULTATION, ThemeTag.class)
                .setParameter("consultation", consultationId).getResultStream()
                .collect(Collectors.groupingBy(t -> t.getResponse().getId()));
        Map<Long, List<Passage>> passages = em.createNamedQuery(Passage.OF_CONSULTATION, Passage.class)
                .setParameter("consultation", consultationId).getResultStream()
                .collect(Collectors.groupingBy(p -> p.getResponse().getId()));
        return responses.submittedOf(consultationId).stream().map(r -> {
            ResponseModeration m = moderations.get(r.getId());
            ModerationState state = m == null ? ModerationState.RECEIVED : m.getState();
            return new ModeratedResponse(r, state, m == null ? null : m.getHiddenReason(),
                    m == null ? null : m.getRedactedText(), tags.getOrDefault(r.getId(), List.of()),
                    passages.getOrDefault(r.getId(), List.of()), m != null && m.isPublic(),
                    m == null ? ModeratedResponse.NOT_MODERATED : m.getVersion());
        }).toList();
    }

    /** One submitted response with its moderation, tags and passages. */
    public ModeratedResponse moderatedResponse(long responseId) {
        staff.require();
        Response response = submitted(responseId);
        return moderated(response.getConsultation().getId()).stream()
                .filter(m -> m.response().getId() == responseId).findFirst()
                .orElseThrow(() -> new NotFound("response.notFound"));
    }

    /*
     * The state changes take the moderation version the page showed (ModeratedResponse.moderationVersion, null for
     * callers without a page): a decision made on a page opened before someone else's decision is refused, naming
     * them, so that "accepted" from a stale page never silently replaces "hidden, contains personal data".
     */

    public void accept(long responseId) {
        accept(responseId, null);
    }

    public void hide(long responseId, String reason) {
        hide(responseId, reason, null);
    }

    public void redact(long responseId, String publicText) {
        redact(responseId, publicText, null);
    }

    public void accept(long responseId, Long seenVersion) {
        moderationOf(responseId, seenVersion).accept(clock.instant(), staff.name());
    }

    public void markReceived(long responseId, Long seenVersion) {
        moderationOf(responseId, seenVersion).markReceived(clock.instant(), staff.name());
    }

    public void hide(long responseId, String reason, Long seenVersion) {
        moderationOf(responseId, seenVersion).hide(reason, clock.instant(), staff.name());
    }

    public void redact(long responseId, String publicText, Long seenVersion) {
        moderationOf(responseId, seenVersion).redact(publicText, clock.instant(), staff.name());
    }

    /** Tags the whole response with a theme (once). */
    public void tag(long responseId, Theme theme) {
        staff.require();
        Response response = submitted(responseId);
        boolean present = em.createQuery("select count(t) from ThemeTag t where t.response.id = :r"
                + " and t.passage is null and t.theme = :theme", Long.class).setParameter("r", responseId)
                .setParameter("theme", theme).getSingleResult() > 0;
        if (!present) {
            em.persist(new ThemeTag(response, theme));
        }
    }

    public void untag(long tagId) {
        staff.require();
        ThemeTag tag = em.find(ThemeTag.class, tagId);
        if (tag != null) {
            em.remove(tag);
        }
    }

    /** Quotes a span of one answer as a passage and tags it with a theme. */
    public Passage addPassage(long responseId, long questionId, String quote, Theme theme) {
        staff.require();
        Response response = submitted(responseId);
        Question question = response.getConsultation().question(questionId)
                .orElseThrow(() -> new BusinessException("passage.notInAnswer"));
        Passage passage = new Passage(response, question, quote, clock.instant());
        em.persist(passage);
        if (theme != null) {
            em.persist(new ThemeTag(passage, theme));
        }
        return passage;
    }

    public void removePassage(long passageId) {
        staff.require();
        Passage passage = em.find(Passage.class, passageId);
        if (passage != null) {
            em.createQuery("delete from ThemeTag t where t.passage.id = :p").setParameter("p", passageId)
                    .executeUpdate();
            em.createQuery("delete from Citation c where c.passage.id = :p").setParameter("p", passageId)
                    .executeUpdate();
            em.remove(passage);
        }
    }

    /** The answer texts of a response as submitted, for staff to quote from. */
    public List<Answer> answersOf(long responseId) {
        staff.require();
        return submitted(responseId).submittedVersion().map(v -> v.getAnswers()).orElse(List.of());
    }

    private ResponseModeration moderationOf(long responseId, Long seenVersion) {
        staff.require();
        Response response = submitted(responseId);
        java.util.Optional<ResponseModeration> existing = em.createQuery(
                "select m from ResponseModeration m where m.response.id = :r", ResponseModeration.class)
                .setParameter("r", responseId).getResultStream().findFirst();
        LastEdit.requireSeen(seenVersion, existing.map(ResponseModeration::getVersion)
                .orElse(ModeratedResponse.NOT_MODERATED), existing.map(m -> new LastEdit(m.getModeratedBy(),
                m.getModeratedAt())).orElse(null));
        return existing.orElseGet(() -> {
                    ResponseModeration created = new ResponseModeration(response, clock.instant(), staff.name());
                    em.persist(created);
                    return created;
                });
    }

    private Response submitted(long responseId) {
        Response response = responses.find(responseId);
        if (!response.isSubmitted()) {
            throw new BusinessException("moderation.notSubmitted");
        }
        return response;
    }
}
