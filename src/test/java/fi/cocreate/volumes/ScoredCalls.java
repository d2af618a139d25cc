package fi.cocreate.volumes;

import static fi.cocreate.testing.ActingCaller.acting;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.forum.entity.ForumCall;
import fi.cocreate.forum.panel.boundary.PanelAssignments;
import fi.cocreate.forum.panel.boundary.PanelReviews;
import fi.cocreate.forum.panel.boundary.Panels;
import fi.cocreate.forum.panel.entity.Assignment;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.control.DemoLogins;
import fi.cocreate.identity.entity.Role;
import fi.cocreate.testing.TestAccounts;
import fi.cocreate.testing.TestClockProducer;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A closed forum call with n submitted applications (built fast by {@link VolumeFixtures}), then, through the real
 * panel boundaries as the demo staff member: two appointed panellists, a one-criterion rubric, automatic assignment
 * and every assignment scored.
 */
@Dependent
public class ScoredCalls {

    static final Instant OPENS = Instant.parse("2021-07-01T06:00:00Z");
    static final Instant CLOSES = Instant.parse("2021-08-31T21:00:00Z");
    static final Instant DURING = Instant.parse("2021-08-15T10:00:00Z");

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Inject
    Accounts accounts;

    @Inject
    Panels panels;

    @Inject
    PanelAssignments assignments;

    @Inject
    PanelReviews reviews;

    public long create(String title, int applications) throws Exception {
        String staff = DemoLogins.STAFF.email();
        List<String> panellists = new ArrayList<>();
        tx.begin();
        ForumCall call;
        try {
            call = new VolumeFixtures(em).call(title, applications, OPENS, CLOSES, DURING);
            for (int i = 0; i < 2; i++) {
                String email = TestAccounts.uniqueEmail("volume-panellist");
                accounts.create(email, "Panellist " + i, "volume panel password", "en", List.of(Role.PANELIST), true);
                panellists.add(email);
            }
            tx.commit();
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        } finally {
            TestClockProducer.CLOCK.reset();
        }
        long callId = call.getId();
        panellists.forEach(p -> acting(staff, () -> panels.appoint(callId, p)));
        acting(staff, () -> panels.configure(callId, 2, false, 1.0, 2.0));
        List<LocalizedText> levels = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            levels.add(LocalizedText.of("taso " + i, "niv\u00e5 " + i, "level " + i));
        }
        long criterion = acting(
                        staff,
                        () -> panels.addCriterion(
                                callId, LocalizedText.of("Asiantuntemus", "Sakkunskap", "Expertise"), 1, levels))
                .getId();
        acting(staff, () -> assignments.assignAutomatically(callId));
        int i = 0;
        for (Assignment a : acting(staff, () -> assignments.assignments(callId))) {
            if (a.isActive()) {
                Map<Long, Integer> values = Map.of(criterion, 1 + i++ % 5);
                acting(a.getMember().getAccount().getEmail(), () -> reviews.submit(a.getApplicationId(), values, null));
            }
        }
        return callId;
    }
}
