package fi.cocreate.demo;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.forum.boundary.ForumApplications;
import fi.cocreate.forum.boundary.ForumCalls;
import fi.cocreate.forum.entity.ExpertiseArea;
import fi.cocreate.forum.entity.ForumApplication;
import fi.cocreate.forum.entity.ForumCall;
import fi.cocreate.forum.entity.NordicRegion;
import fi.cocreate.forum.panel.boundary.AssignedApplication;
import fi.cocreate.forum.panel.boundary.PanelAssignments;
import fi.cocreate.forum.panel.boundary.PanelReviews;
import fi.cocreate.forum.panel.boundary.Panels;
import fi.cocreate.forum.panel.boundary.Selections;
import fi.cocreate.forum.panel.control.SelectionDimension;
import fi.cocreate.forum.panel.entity.RubricCriterion;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.boundary.Caller;
import fi.cocreate.identity.control.DemoLogins;
import fi.cocreate.identity.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data for the selection panel of the closed 2021 forum call ({@code DEMO_DATA=true} only): the demo panel
 * member and four more appointed, a four-criterion rubric, automatic assignments, scores for most applications (one
 * panel member harsh, one lenient, one application contested), a conflict of interest, a discussion message, and
 * diversity rules, so that the results and selection pages have something to show. The decision is not confirmed.
 */
@Singleton
@Startup
@DependsOn("ForumDemoData")
public class PanelDemoData {

    private static final Logger LOG = Logger.getLogger(PanelDemoData.class.getName());
    private static final long SEED = 2021_0915L;
    private static final String[][] MORE_PANELLISTS = {
        {"panel2@demo.cocreate.fi", "Pekka Paneeli", "fi"},
        {"panel3@demo.cocreate.fi", "Sigrid Panelsson", "sv"},
        {"panel4@demo.cocreate.fi", "Ingrid Nordahl", "en"},
        {"panel5@demo.cocreate.fi", "Jonas Jensen", "en"}
    };
    /** Added to every score of the panel member with the same index: harsh and lenient members. */
    private static final double[] BIAS = {0, -0.8, 0.7, 0, 0.2};

    @Inject
    @ConfigProperty(name = "DEMO_DATA", defaultValue = "false")
    boolean enabled;

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @Inject
    ForumCalls calls;

    @Inject
    ForumApplications applications;

    @Inject
    Panels panels;

    @Inject
    PanelAssignments assignments;

    @Inject
    PanelReviews reviews;

    @Inject
    Selections selections;

    @Inject
    Clock clock;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        ForumCall call = DemoTimes.call2021(calls, clock);
        String staff = DemoLogins.STAFF.email();
        if (call == null || applications.countByCall(call.getId()) == 0) {
            return;
        }
        actAs(staff);
        if (!panels.members(call.getId()).isEmpty()) {
            return;
        }
        long callId = call.getId();
        String hash = accounts.hashPassword(DemoLogins.PASSWORD);
        List<String> panellists = new java.util.ArrayList<>(List.of(DemoLogins.PANELIST.email()));
        for (String[] p : MORE_PANELLISTS) {
            if (accounts.findByEmail(p[0]).isEmpty()) {
                accounts.createWithHash(p[0], p[1], hash, p[2], List.of(Role.PANELIST), true);
            }
            panellists.add(p[0]);
        }
        panellists.forEach(p -> panels.appoint(callId, p));
        panels.configure(callId, 3, true, 1.0, 2.0);
        List<Long> criteria = rubric(callId);
        assignments.assignAutomatically(callId);

        Random random = new Random(SEED);
        Map<Long, Double> quality = new HashMap<>();
        applications.findInSelection(callId).forEach(a -> quality.put(a.getId(), 1.8 + random.nextDouble() * 3));
        actAs(panellists.get(0));
        List<AssignedApplication> pias = reviews.myApplications(callId);
        if (!pias.isEmpty()) {
            reviews.declareConflict(pias.get(0).applicationId(), "A former colleague of mine.");
        }
        // The three newest applications stay unscored (one with a draft), so the pages show work still open.
        List<Long> open = quality.keySet().stream()
                .sorted(java.util.Comparator.reverseOrder())
                .limit(3)
                .toList();
        for (int p = 0; p < panellists.size(); p++) {
            actAs(panellists.get(p));
            for (AssignedApplication assigned : reviews.myApplications(callId)) {
                long id = assigned.applicationId();
                if (open.contains(id)) {
                    if (id == open.get(0)) {
                        reviews.saveDraft(id, values(criteria, quality.get(id) + BIAS[p], random), null);
                    }
                    continue;
                }
                double level = quality.get(id) + BIAS[p] + (id % 11 == 0 && p % 2 == 0 ? -2.5 : 0);
                reviews.submit(id, values(criteria, level, random), comment(level));
            }
        }
        ForumApplication contested = applications.findInSelection(callId).stream()
                .filter(a -> a.getId() % 11 == 0)
                .findFirst()
                .orElse(null);
        actAs(staff);
        if (contested != null) {
            reviews.post(
                    contested.getId(),
                    "Our scores differ a lot here. Shall we discuss the networks criterion "
                            + "at the next panel call?");
        }
        rules(callId);
        LOG.info(() -> "Panel demo data loaded for call " + callId);
    }

    private List<Long> rubric(long callId) {
        criterion(
                callId,
                3,
                LocalizedText.of("Asiantuntemuksen relevanssi", "Sakkunskapens relevans", "Relevance of expertise"),
                new String[][] {
                    {
                        "Ei yhteyttä foorumin aiheisiin",
                        "Inget samband med forumets teman",
                        "No link to the forum's topics"
                    },
                    {"Heikko yhteys", "Svagt samband", "Weak link"},
                    {"Jonkin verran relevanttia", "Delvis relevant", "Somewhat relevant"},
                    {"Selvästi relevanttia", "Klart relevant", "Clearly relevant"},
                    {"Keskeistä foorumin työlle", "Centralt för forumets arbete", "Central to the forum's work"}
                });
        criterion(callId, 2, LocalizedText.of("Kokemus", "Erfarenhet", "Experience"), new String[][] {
            {"Ei kokemusta", "Ingen erfarenhet", "No experience"},
            {"Alle 2 vuotta", "Under 2 år", "Under 2 years"},
            {"2–5 vuotta", "2–5 år", "2–5 years"},
            {"5–10 vuotta", "5–10 år", "5–10 years"},
            {"Yli 10 vuotta ja näyttöjä", "Över 10 år med resultat", "Over 10 years with results"}
        });
        criterion(
                callId,
                1,
                LocalizedText.of("Verkostot ja tavoittavuus", "Nätverk och räckvidd", "Networks and reach"),
                new String[][] {
                    {"Ei verkostoja", "Inga nätverk", "No networks"},
                    {"Paikallisia yhteyksiä", "Lokala kontakter", "Local contacts"},
                    {"Alueellinen verkosto", "Regionalt nätverk", "Regional network"},
                    {"Kansallinen verkosto", "Nationellt nätverk", "National network"},
                    {
                        "Pohjoismainen tai kansainvälinen verkosto",
                        "Nordiskt eller internationellt nätverk",
                        "Nordic or international network"
                    }
                });
        criterion(callId, 1, LocalizedText.of("Motivaatio", "Motivation", "Motivation"), new String[][] {
            {"Ei perusteltu", "Inte motiverad", "Not explained"},
            {"Yleisluontoinen", "Allmänt hållen", "General"},
            {"Perusteltu", "Motiverad", "Explained"},
            {"Hyvin perusteltu", "Väl motiverad", "Well explained"},
            {"Erinomainen ja konkreettinen", "Utmärkt och konkret", "Excellent and concrete"}
        });
        return panels.rubric(callId).stream().map(RubricCriterion::getId).toList();
    }

    private void criterion(long callId, double weight, LocalizedText name, String[][] levels) {
        List<LocalizedText> texts = java.util.Arrays.stream(levels)
                .map(l -> LocalizedText.of(l[0], l[1], l[2]))
                .toList();
        panels.addCriterion(callId, name, weight, texts);
    }

    /** The demo goes through the boundaries as the person who would do each step, with their roles. */
    private void actAs(String email) {
        caller.assume(accounts.findByEmail(email).orElseThrow());
    }

    private static Map<Long, Integer> values(List<Long> criteria, double level, Random random) {
        Map<Long, Integer> values = new HashMap<>();
        for (Long criterion : criteria) {
            long v = Math.round(level + random.nextGaussian() * 0.6);
            values.put(criterion, (int) Math.max(1, Math.min(5, v)));
        }
        return values;
    }

    private static String comment(double level) {
        return level >= 4
                ? "Strong candidate with clear links to the forum's themes."
                : level >= 3 ? "Solid application; networks could be stronger." : "Limited fit with this call.";
    }

    private void rules(long callId) {
        selections.setSizes(callId, 20, 10);
        for (String country : NordicRegion.CODES.subList(0, 5)) {
            selections.setRule(callId, SelectionDimension.HOME_COUNTRY, country, 1, null);
        }
        selections.setRule(callId, SelectionDimension.GENDER, "WOMAN", 7, null);
        selections.setRule(callId, SelectionDimension.GENDER, "MAN", 7, null);
        for (ExpertiseArea area : ExpertiseArea.values()) {
            selections.setRule(callId, SelectionDimension.AREA, area.name(), 2, 8);
        }
        selections.setRule(callId, SelectionDimension.AGE_BAND, "under30", 1, null);
        selections.setRule(callId, SelectionDimension.REGION_OF_ORIGIN, "mena", 0, 6);
    }
}
