package fi.cocreate.consultation.boundary;

import fi.cocreate.consultation.control.PublicVisibility;
import fi.cocreate.consultation.entity.Answer;
import fi.cocreate.consultation.entity.ModerationState;
import fi.cocreate.consultation.entity.Organisation;
import fi.cocreate.consultation.entity.Question;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.ResponseModeration;
import fi.cocreate.consultation.entity.ResponseState;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;

/**
 * Responses as anyone may read them: one, all of a consultation's, or a page of them, each only if it is public (see
 * {@code PublicVisibility}), with what staff removed marked. A hidden or non-consented response never leaves this
 * boundary. The published summaries that cite them are {@link PublicSummaries}'.
 */
@Stateless
public class PublicResponses {

    @PersistenceContext
    EntityManager em;

    /** A response if, and only if, it is public (see {@code PublicVisibility}), with what staff removed marked. */
    public Optional<PublicResponse> response(long responseId) {
        return em.createQuery("select m from ResponseModeration m where m.response.id = :r", ResponseModeration.class)
                .setParameter("r", responseId)
                .getResultStream()
                .filter(ResponseModeration::isPublic)
                .findFirst()
                .map(m -> toPublic(
                        m,
                        m.getResponse()
                                .submittedVersion()
                                .map(v -> v.getAnswers().stream()
                                        .map(AnswerText::new)
                                        .toList())
                                .orElse(List.of())));
    }

    /** Every public response of a consultation, by organisation name (or event title), then id. */
    public List<PublicResponse> responses(long consultationId) {
        return responses(consultationId, 0, Integer.MAX_VALUE).responses();
    }

    /**
     * One page of a consultation's public responses ({@code page} from 0, {@code size} per page), in the order of
     * {@link #responses(long)}: by the source's name as it always was (organisation name, else the event's title in
     * Finnish first), then by id, so that the order is total and paging neither repeats nor skips a response. Read
     * in a fixed number of statements whatever the volume (see {@link ResponsePage}).
     */
    public ResponsePage responses(long consultationId, int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page >= 0 and size >= 1");
        }
        // 1. What decides visibility and order, for every moderated response of the consultation: a few columns
        // each, no entities. PublicVisibility, the one rule, decides on them as it does on the entities.
        record Key(long id, String source) {}
        List<Key> keys = new ArrayList<>();
        for (Object[] row : em.createQuery(
                        "select r.id, r.state, m.state, r.publicationConsent, m.moderatedVersion, r.submittedVersion,"
                                + " o.name, e.title.fi, e.title.sv, e.title.en"
                                + " from ResponseModeration m join m.response r left join r.organisation o"
                                + " left join r.event e where r.consultation.id = :consultation",
                        Object[].class)
                .setParameter("consultation", consultationId)
                .getResultList()) {
            boolean visible = PublicVisibility.isPublic(
                    row[1] == ResponseState.SUBMITTED,
                    (ModerationState) row[2],
                    (Boolean) row[3],
                    Objects.equals(row[4], row[5]));
            if (visible) {
                // PublicResponse.source(null): the organisation's name, else the event's title as LocalizedText.in
                // gives it without a locale (fi, then en, then sv).
                String source =
                        row[6] != null ? (String) row[6] : firstOf((String) row[7], (String) row[9], (String) row[8]);
                keys.add(new Key((Long) row[0], source));
            }
        }
        keys.sort(Comparator.comparing(Key::source).thenComparingLong(Key::id));
        long from = Math.min((long) page * size, keys.size());
        List<Long> ids = keys.subList((int) from, (int) Math.min(from + size, keys.size())).stream()
                .map(Key::id)
                .toList();
        if (ids.isEmpty()) {
            return new ResponsePage(List.of(), keys.size());
        }
        // 2. The consultation's questions (each one's eager options follow, a statement per question: bounded by the
        // questionnaire, not by the responses); the answers and redactions below find them in the persistence
        // context instead of reading each question they name.
        Map<Long, Question> questions = new HashMap<>();
        em.createQuery("select q from Question q where q.consultation.id = :consultation", Question.class)
                .setParameter("consultation", consultationId)
                .getResultList()
                .forEach(q -> questions.put(q.getId(), q));
        // 3. The page's moderations with their responses, organisations and events in one statement (a JPQL fetch
        // join through the alias is not nested by EclipseLink, the hints are); their redactions in one more
        // (@BatchFetch IN on ResponseModeration.redactions, 500 keys a statement: a whole page of the largest size).
        Map<Long, ResponseModeration> moderations = new HashMap<>();
        em.createQuery("select m from ResponseModeration m where m.response.id in :ids", ResponseModeration.class)
                .setHint(QueryHints.FETCH, "m.response")
                .setHint(QueryHints.LEFT_FETCH, "m.response.organisation")
                .setHint(QueryHints.LEFT_FETCH, "m.response.event")
                .setParameter("ids", ids)
                .getResultList()
                .forEach(m -> moderations.put(m.getResponse().getId(), m));
        // 4. The answers' texts of the page's submitted versions in one statement, as columns (not through
        // Response.versions, which EclipseLink reads one response at a time here).
        Map<Long, List<AnswerText>> answers = new HashMap<>();
        em.createQuery(
                        "select v.response.id, a.question.id, a.text from Answer a join a.responseVersion v"
                                + " where v.response.id in :ids and v.number = v.response.submittedVersion order by a.id",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> answers.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add(new AnswerText(questions.get((Long) row[1]), (String) row[2])));
        List<PublicResponse> result = new ArrayList<>();
        for (Long id : ids) {
            ResponseModeration m = moderations.get(id);
            if (m != null && m.isPublic()) { // the entities say the same as the columns did, unless changed meanwhile
                result.add(toPublic(m, answers.getOrDefault(id, List.of())));
            }
        }
        return new ResponsePage(result, keys.size());
    }

    /**
     * One page of public responses and how many there are in all. The statements that read it do not grow with the
     * consultation nor with the page: the visibility and order keys of all, the consultation's questions (and their
     * options), the page's moderations (with responses, organisations and events) and their redactions, and the
     * answers' texts of their submitted versions.
     */
    public record ResponsePage(List<PublicResponse> responses, long total) {}

    private static String firstOf(String... options) {
        for (String option : options) {
            if (option != null) {
                return option;
            }
        }
        return "";
    }

    /** The text of one answer of a submitted version, and its question. */
    private record AnswerText(Question question, String text) {
        AnswerText(Answer answer) {
            this(answer.getQuestion(), answer.getText());
        }
    }

    private static PublicResponse toPublic(ResponseModeration m, List<AnswerText> submittedAnswers) {
        Response r = m.getResponse();
        Optional<String> whole = m.wholeResponseText();
        List<PublicResponse.PublicAnswer> answers = whole.isPresent()
                ? List.of()
                : submittedAnswers.stream()
                        .filter(a -> a.text() != null && !a.text().isBlank())
                        .map(a -> new PublicResponse.PublicAnswer(
                                a.question().getPosition(),
                                a.question().getText(),
                                m.publicText(a.question().getId(), a.text())))
                        .sorted(Comparator.comparingInt(PublicResponse.PublicAnswer::position))
                        .toList();
        Organisation o = r.getOrganisation();
        return new PublicResponse(
                r.getId(),
                r.getConsultation().getId(),
                r.getConsultation().getTitle(),
                o == null ? null : o.getName(),
                o == null ? null : o.getType(),
                r.getSubmittedAt(),
                whole.orElse(null),
                answers,
                o == null || o.isVerified(),
                r.isLate(),
                r.isEventOutput() ? r.getEvent().getTitle() : null);
    }
}
