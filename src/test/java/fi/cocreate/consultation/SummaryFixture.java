package fi.cocreate.consultation;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.boundary.Responses;
import fi.cocreate.consultation.entity.AnswerInput;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.Organisation;
import fi.cocreate.consultation.entity.OrganisationType;
import fi.cocreate.consultation.entity.QuestionType;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.identity.entity.Account;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A consultation open from ten days ago to ten days ahead, with two questions and four submitted responses:
 * an association (consents), a municipality (consents), an association that does not consent, and one that
 * consents but will be hidden. Built directly with the entities, in the caller's transaction.
 */
final class SummaryFixture {

    static final String TITLE = "IT summary consultation ";
    static final String ORG_PUBLIC = "Public Association IT";
    static final String ORG_CITY = "Redacted City IT";
    static final String ORG_NO_CONSENT = "Secretive Association IT";
    static final String ORG_HIDDEN = "Hidden Org IT";
    static final String FUNDING = "Long-term funding keeps the work going.";
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

    final Consultation consultation;
    final Response publicOne;
    final Response city;
    final Response noConsent;
    final Response hidden;
    final List<Account> representatives;

    SummaryFixture(EntityManager em, List<Account> representatives, String suffix, Instant now) {
        this.representatives = representatives;
        consultation = new Consultation(
                LocalizedText.of("Prosessi", null, "Process"),
                LocalizedText.of(TITLE + suffix, null, TITLE + suffix),
                null,
                now.minus(Duration.ofDays(10)),
                now.plus(Duration.ofDays(10)),
                now);
        consultation.addQuestion(
                QuestionType.FREE_TEXT,
                LocalizedText.of("Kysymys 1", null, "Question one"),
                5000,
                List.of(),
                null,
                null);
        consultation.addQuestion(
                QuestionType.FREE_TEXT,
                LocalizedText.of("Kysymys 2", null, "Question two"),
                5000,
                List.of(),
                null,
                null);
        consultation.publish(now);
        em.persist(consultation);
        em.flush();
        publicOne = respond(
                em,
                ORG_PUBLIC,
                OrganisationType.ASSOCIATION,
                representatives.get(0),
                now,
                true,
                "Organisations reach people. " + FUNDING,
                "Second answer.");
        city = respond(
                em,
                ORG_CITY,
                OrganisationType.MUNICIPALITY,
                representatives.get(1),
                now,
                true,
                "Call Matti Meikäläinen at 040 123 4567.",
                null);
        noConsent = respond(
                em,
                ORG_NO_CONSENT,
                OrganisationType.ASSOCIATION,
                representatives.get(2),
                now,
                false,
                FORMULA,
                "Private thoughts.");
        hidden = respond(
                em,
                ORG_HIDDEN,
                OrganisationType.ASSOCIATION,
                representatives.get(3),
                now,
                true,
                "Offensive text that staff hide.",
                null);
    }

    private Response respond(
            EntityManager em,
            String name,
            OrganisationType type,
            Account rep,
            Instant now,
            boolean consent,
            String first,
            String second) {
        Organisation organisation =
                new Organisation(name, null, "IT" + (System.nanoTime() % 1_000_000_000L), type, now);
        organisation.addRepresentative(rep);
        em.persist(organisation);
        Response response = new Response(consultation, organisation, rep, now);
        em.persist(response);
        em.flush();
        long q1 = consultation.getQuestions().get(0).getId();
        long q2 = consultation.getQuestions().get(1).getId();
        List<AnswerInput> answers = second == null
                ? List.of(AnswerInput.text(q1, first))
                : List.of(AnswerInput.text(q1, first), AnswerInput.text(q2, second));
        response.submit(answers, consent, rep, now, id -> Responses.reference(consultation.getId(), id));
        return response;
    }

    long firstQuestionId() {
        return consultation.getQuestions().get(0).getId();
    }

    static Set<String> organisations() {
        return Set.of(ORG_PUBLIC, ORG_CITY, ORG_NO_CONSENT, ORG_HIDDEN);
    }
}
