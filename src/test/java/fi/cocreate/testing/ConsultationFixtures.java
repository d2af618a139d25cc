package fi.cocreate.testing;

import static fi.cocreate.testing.ActingCaller.acting;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.boundary.ConsultationAdmin;
import fi.cocreate.consultation.boundary.Organisations;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.OrganisationType;
import fi.cocreate.consultation.entity.QuestionType;
import fi.cocreate.consultation.entity.TargetGroup;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.control.DemoLogins;
import fi.cocreate.identity.entity.Role;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * In-container set-up for consultation tests, through the real boundaries: representatives with their own
 * organisations, and consultations with a free-text and a single-choice question.
 */
@Dependent
public class ConsultationFixtures {

    public static final String PASSWORD = "a long enough password";
    public static final String STAFF = DemoLogins.STAFF.email();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Inject
    Accounts accounts;

    @Inject
    Organisations organisations;

    @Inject
    ConsultationAdmin admin;

    /** A new verified ORG_REP account; returns its email. */
    public String representative(String prefix, String language) {
        String email = TestAccounts.uniqueEmail(prefix);
        accounts.create(email, "Rep " + prefix, PASSWORD, language, List.of(Role.ORG_REP), true);
        return email;
    }

    /** A new representative with a new (unverified) organisation of that name; returns the representative's email. */
    public String organisationWithRepresentative(String name, String language) {
        String email = representative("rep", language);
        acting(
                email,
                () -> organisations.register(
                        name,
                        null,
                        "R" + System.nanoTime() % 1_000_000_000L + "-" + COUNTER.incrementAndGet(),
                        OrganisationType.ASSOCIATION));
        return email;
    }

    @Inject
    jakarta.transaction.UserTransaction tx;

    /**
     * A second representative (display name "Rep PREFIX") of the organisation of {@code representative}, who joined
     * after it and so drafts; returns the email.
     */
    public String colleagueOf(String representative, String prefix) {
        String colleague = representative(prefix, "en");
        try {
            tx.begin();
            organisations
                    .find(organisationOf(representative))
                    .addRepresentative(accounts.findByEmail(colleague).orElseThrow());
            tx.commit();
        } catch (Exception e) {
            throw new IllegalStateException("Could not add the colleague", e);
        }
        return colleague;
    }

    public long organisationOf(String representative) {
        return acting(representative, () -> organisations.mine()).orElseThrow().getId();
    }

    /** Bytes that start like a PDF, of the given size. */
    public static byte[] pdf(int size) {
        byte[] content = new byte[size];
        byte[] head = "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, content, 0, Math.min(head.length, size));
        return content;
    }

    /** A consultation open from a day before {@code now} until the deadline, with two questions. */
    public Consultation consultation(String title, Instant now, Instant deadline) {
        return consultation(title, now, deadline, 0);
    }

    /**
     * As {@link #consultation(String, Instant, Instant)}, with {@code more} questions after the two: a single choice, a
     * multiple choice (each of three options) and a scale of 1 to 5 in turn.
     */
    public Consultation consultation(String title, Instant now, Instant deadline, int more) {
        return acting(STAFF, () -> staffCreates(title, now, deadline, more));
    }

    private Consultation staffCreates(String title, Instant now, Instant deadline, int more) {
        Consultation consultation = admin.create(
                null,
                LocalizedText.of(title + " (fi)", title + " (sv)", title),
                LocalizedText.of("Kuvaus", null, "About"),
                now.minusSeconds(86_400),
                deadline,
                Set.of(Theme.INCLUSION),
                Set.of(TargetGroup.ORGANISATIONS));
        admin.addQuestion(
                consultation.getId(),
                QuestionType.FREE_TEXT,
                LocalizedText.of("Mit\u00e4 mielt\u00e4 olette?", "Vad tycker ni?", "What do you think?"),
                200,
                List.of(),
                null,
                null);
        admin.addQuestion(
                consultation.getId(),
                QuestionType.SINGLE_CHOICE,
                LocalizedText.of("Kumpi?", "Vilken?", "Which one?"),
                100,
                List.of(
                        LocalizedText.of("Ensimm\u00e4inen", "F\u00f6rsta", "First"),
                        LocalizedText.of("Toinen", "Andra", "Second")),
                null,
                null);
        List<LocalizedText> three = List.of(
                LocalizedText.of("Yksi", "Ett", "One"),
                LocalizedText.of("Kaksi", "Tv\u00e5", "Two"),
                LocalizedText.of("Kolme", "Tre", "Three"));
        for (int i = 0; i < more; i++) {
            QuestionType type = List.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.SCALE)
                    .get(i % 3);
            admin.addQuestion(
                    consultation.getId(),
                    type,
                    LocalizedText.of("Kysymys " + i, "Fr\u00e5ga " + i, "Question " + i),
                    100,
                    type == QuestionType.SCALE ? List.of() : three,
                    type == QuestionType.SCALE ? 1 : null,
                    type == QuestionType.SCALE ? 5 : null);
        }
        admin.publish(consultation.getId());
        return admin.find(consultation.getId());
    }
}
