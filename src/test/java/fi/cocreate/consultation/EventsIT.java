package fi.cocreate.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.boundary.ConsultationEvents;
import fi.cocreate.consultation.boundary.Consultations;
import fi.cocreate.consultation.boundary.EventDetails;
import fi.cocreate.consultation.boundary.EventRegistrations;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationEvent;
import fi.cocreate.consultation.entity.EventRegistration;
import fi.cocreate.consultation.entity.EventType;
import fi.cocreate.consultation.entity.RegistrationStatus;
import fi.cocreate.consultation.entity.TargetGroup;
import fi.cocreate.identity.boundary.Accounts;
import fi.cocreate.identity.control.DemoLogins;
import fi.cocreate.identity.entity.Role;
import fi.cocreate.testing.ActingCaller;
import fi.cocreate.testing.Deployments;
import fi.cocreate.testing.MailSinkClient;
import fi.cocreate.testing.PageClient;
import fi.cocreate.testing.TestAccounts;
import fi.cocreate.testing.TestClockProducer;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Event registration in the container against the real database and SMTP server: the confirmation mail with its .ics,
 * the waiting list and its promotion, concurrent registrations for the last seats, and the start of the event closing
 * registration.
 */
@ExtendWith(ArquillianExtension.class)
class EventsIT {

    static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Consultations consultations;

    @Inject
    ConsultationEvents events;

    @Inject
    EventRegistrations registrations;

    @Inject
    Accounts accounts;

    @Inject
    UserTransaction tx;

    @Resource
    ManagedExecutorService executor;

    @ArquillianResource
    URL base;

    private final MailSinkClient sink = MailSinkClient.forTests();

    @AfterEach
    void restore() {
        ActingCaller.clear();
        TestClockProducer.CLOCK.reset();
    }

    @Test
    void registrationIsConfirmedByMailInTheChosenLanguageWithAnIcsThatParses() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(10)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        ConsultationEvent event = newEvent(5, start, EnumSet.of(TargetGroup.ORGANISATIONS));
        String email = newUser("Sofia Svensson");

        ActingCaller.actAs(email);
        EventRegistration registration = registrations.register(event.getId(), "Förening rf", "sv");
        assertEquals(RegistrationStatus.CONFIRMED, registration.getStatus());

        MimeMessage mail = sink.awaitMails(email, 1, MAIL_WAIT).get(0);
        assertEquals("Anmälan bekräftad: Workshop sv " + event.getId(), mail.getSubject());
        assertEquals("sv", mail.getHeader("Content-Language")[0]);
        String text = MailSinkClient.text(mail);
        assertTrue(text.contains("Hej Sofia Svensson"), text);
        assertTrue(text.contains("/consultation/events/view.xhtml?id=" + event.getId()), text);
        assertTrue(mail.getHeader("List-Unsubscribe") == null, "a personal mail is not bulk mail");

        Part ics = attachment(mail, ".ics");
        assertTrue(ics.isMimeType("text/calendar"), ics.getContentType());
        VEvent vevent = (VEvent) new CalendarBuilder()
                .build(ics.getInputStream())
                .getComponent(Component.VEVENT)
                .orElseThrow();
        assertEquals(
                java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                        .withZone(java.time.ZoneOffset.UTC)
                        .format(start),
                vevent.getProperty(Property.DTSTART).orElseThrow().getValue());
        assertEquals(
                "Workshop sv " + event.getId(),
                vevent.getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertEquals(
                "consultation-event-" + event.getId() + "@localhost",
                vevent.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals(
                "Room 1, Helsinki",
                vevent.getProperty(Property.LOCATION).orElseThrow().getValue());
    }

    @Test
    void aFullEventPutsPeopleOnTheWaitingListAndACancellationPromotesAndMailsTheFirst() throws Exception {
        ConsultationEvent event = newEvent(1, Instant.now().plus(Duration.ofDays(3)), Set.of());
        String first = newUser("First Person");
        String second = newUser("Second Person");
        String third = newUser("Third Person");
        assertEquals(
                RegistrationStatus.CONFIRMED, registerAs(first, event, "en").getStatus());
        EventRegistration waiting = registerAs(second, event, "en");
        assertEquals(RegistrationStatus.WAITING, waiting.getStatus());
        assertEquals(RegistrationStatus.WAITING, registerAs(third, event, "fi").getStatus());

        MimeMessage waitingMail = sink.awaitMails(second, 1, MAIL_WAIT).get(0);
        assertEquals("On the waiting list: Workshop en " + event.getId(), waitingMail.getSubject());
        assertTrue(MailSinkClient.text(waitingMail).contains("waiting list (number 1)"));
        MimeMessage thirdMail = sink.awaitMails(third, 1, MAIL_WAIT).get(0);
        assertEquals("Olet jonossa: Työpaja " + event.getId(), thirdMail.getSubject());
        assertTrue(MailSinkClient.text(thirdMail).contains("numero 2"));

        ActingCaller.actAs(first);
        registrations.cancel(event.getId());

        MimeMessage promoted = sink.awaitMails(second, 2, MAIL_WAIT).get(1);
        assertEquals("A seat became free for you: Workshop en " + event.getId(), promoted.getSubject());
        assertTrue(MailSinkClient.text(promoted).contains("Hello Second Person"));
        assertNotNull(attachment(promoted, ".ics"), "the promoted get the calendar entry too");
        ConsultationEvent after = events.find(event.getId());
        assertEquals(1, after.confirmedCount());
        assertEquals(
                List.of(third),
                after.waitingList().stream().map(EventRegistration::getEmail).toList());
        assertEquals(1, sink.to(third).size(), "the one still waiting is not mailed again");
    }

    @Test
    void concurrentRegistrationsNeverTakeMoreSeatsThanTheEventHas() throws Exception {
        int seats = 3;
        int people = 12;
        ConsultationEvent event = newEvent(seats, Instant.now().plus(Duration.ofDays(3)), Set.of());
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            emails.add(newUser("Racer " + i));
        }
        CountDownLatch go = new CountDownLatch(1);
        List<Future<RegistrationStatus>> results = new ArrayList<>();
        for (String email : emails) {
            results.add(executor.submit(() -> {
                ActingCaller.actAs(email);
                try {
                    go.await();
                    return registrations.register(event.getId(), null, "en").getStatus();
                } finally {
                    ActingCaller.clear();
                }
            }));
        }
        go.countDown();
        int confirmed = 0;
        for (Future<RegistrationStatus> result : results) {
            if (result.get() == RegistrationStatus.CONFIRMED) {
                confirmed++;
            }
        }
        assertEquals(seats, confirmed, "exactly the seats were given");
        ConsultationEvent after = events.find(event.getId());
        assertEquals(seats, after.confirmedCount());
        assertEquals(people - seats, after.waitingList().size());
        assertEquals(
                people,
                after.activeRegistrations().stream()
                        .mapToInt(EventRegistration::getQueueNumber)
                        .distinct()
                        .count(),
                "every registration has its own place in the queue");
    }

    @Test
    void registrationIsRefusedOnceTheEventHasStarted() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        ConsultationEvent event = newEvent(10, start, Set.of());
        String late = newUser("Late Comer");
        String early = newUser("Early Bird");
        TestClockProducer.CLOCK.set(start);
        BusinessException refused = assertThrows(BusinessException.class, () -> registerAs(late, event, "en"));
        assertEquals("event.registrationClosed", refused.getMessageKey());
        TestClockProducer.CLOCK.set(start.minusSeconds(1));
        assertEquals(
                RegistrationStatus.CONFIRMED, registerAs(early, event, "en").getStatus());
        TestClockProducer.CLOCK.set(start.plusSeconds(3600));
        ActingCaller.actAs(early);
        assertEquals(
                "event.cancellationClosed",
                assertThrows(BusinessException.class, () -> registrations.cancel(event.getId()))
                        .getMessageKey());
        TestClockProducer.CLOCK.reset();
        assertEquals(1, events.find(event.getId()).activeRegistrations().size(), "nothing saved for the late one");
    }

    @Test
    void onlyStaffManageEventsAndOnlyLoggedInUsersRegister() throws Exception {
        ConsultationEvent event = newEvent(10, Instant.now().plus(Duration.ofDays(2)), Set.of());
        ActingCaller.actAs(newUser("Olli Org"));
        assertThrows(
                fi.cocreate.common.AccessDenied.class,
                () -> events.writeNotes(event.getId(), LocalizedText.of("x", null, null)));
        assertThrows(fi.cocreate.common.AccessDenied.class, () -> events.registrations(event.getId()));
        ActingCaller.actAs(null);
        assertEquals(
                "access.loginRequired",
                assertThrows(BusinessException.class, () -> registrations.register(event.getId(), null, "fi"))
                        .getMessageKey());
    }

    @Test
    void addedSeatsGoToThoseWaitingWhoAreTold() throws Exception {
        ConsultationEvent event = newEvent(1, Instant.now().plus(Duration.ofDays(4)), Set.of());
        registerAs(newUser("Has Seat"), event, "en");
        String waiting = newUser("Was Waiting");
        registerAs(waiting, event, "en");
        ActingCaller.actAs("staff@demo.cocreate.fi");
        events.update(event.getId(), details(event.getId(), 2, event.getStartsAt(), Set.of()));
        MimeMessage promoted = sink.awaitMails(waiting, 2, MAIL_WAIT).get(1);
        assertEquals("A seat became free for you: Workshop en " + event.getId(), promoted.getSubject());
        assertEquals(2, events.find(event.getId()).confirmedCount());
    }

    // ---- the pages, as a browser uses them

    @Test
    @RunAsClient
    void anyoneSeesTheUpcomingWorkshopAndItsCalendarAndALoggedInUserJoinsAndLeavesTheWaitingList() throws Exception {
        PageClient browser = PageClient.english(url(""));
        long workshop = demoEvent(browser, "Workshop: organisations and municipalities together");
        PageClient.Page page = browser.get("/consultation/events/view.xhtml?id=" + workshop);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Full (2 seats); 1 on the waiting list"), page.body());
        assertTrue(page.body().contains("Log in to register"));

        PageClient.Page ics = browser.get("/consultation/events/calendar?id=" + workshop);
        assertEquals(200, ics.status());
        assertTrue(ics.header("Content-Type").orElse("").startsWith("text/calendar"));
        VEvent vevent = (VEvent) new CalendarBuilder()
                .build(new ByteArrayInputStream(ics.body().getBytes(StandardCharsets.UTF_8)))
                .getComponent(Component.VEVENT)
                .orElseThrow();
        assertEquals(
                "Workshop: organisations and municipalities together",
                vevent.getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertEquals(404, browser.get("/consultation/events/calendar?id=999999").status());
        assertEquals(404, browser.get("/consultation/events/calendar?id=abc").status(), "a malformed id too");

        browser.login(DemoLogins.ADMIN.email(), DemoLogins.PASSWORD);
        PageClient.Page joined = browser.get("/consultation/events/view.xhtml?id=" + workshop)
                .assertOk()
                .form("registration")
                .set("organisation", "Ministry")
                .press("register");
        assertTrue(
                joined.body().contains("The event is full, so you are on the waiting list (number 2)"), joined.body());
        assertTrue(joined.body().contains("You are on the waiting list, number 2."));
        PageClient.Page left = joined.form("registration").press("cancel");
        assertTrue(left.body().contains("Your registration is cancelled."), left.body());
        assertTrue(left.body().contains("Full (2 seats); 1 on the waiting list"));
    }

    @Test
    @RunAsClient
    void staffCreateAnEventAndWriteNotesWhileOthersAreRefused() {
        PageClient org = PageClient.english(url(""));
        org.login(DemoLogins.ORG_REP.email(), DemoLogins.PASSWORD);
        assertEquals(403, org.get("/consultation/staff/events/index.xhtml").status());

        PageClient staff = PageClient.english(url(""));
        staff.login(DemoLogins.STAFF.email(), DemoLogins.PASSWORD);
        PageClient.Page list =
                staff.get("/consultation/staff/events/index.xhtml").assertOk();
        assertTrue(list.body().contains("Workshop: organisations and municipalities together"), list.body());
        long consultation = firstId(list.body(), "edit.xhtml\\?consultation=(\\d+)");

        String newEvent = "/consultation/staff/events/edit.xhtml?consultation=" + consultation;
        PageClient.Page refused = staff.get(newEvent)
                .assertOk()
                .form("event")
                .set("type_input", "WORKSHOP")
                .set("titleEn", "Broken times")
                .set("startsAt", "10.1.2031 12:00")
                .set("endsAt", "10.1.2031 10:00")
                .press("save");
        assertTrue(refused.body().contains("The event must end after it starts."), refused.body());
        assertTrue(refused.body().contains("Broken times"), "what was typed is kept");

        PageClient.Page saved = staff.get(newEvent)
                .form("event")
                .set("type_input", "RESEARCHERS_EVENT")
                .set("titleFi", "Sivun tilaisuus")
                .set("titleEn", "Page event")
                .set("startsAt", "10.1.2031 10:00")
                .set("endsAt", "10.1.2031 12:00")
                .set("capacity_hinput", "5")
                .check("targetGroups", "RESEARCHERS")
                .set("place", "Helsinki")
                .press("save");
        assertTrue(saved.body().contains("The event is saved."), saved.body());
        long created = firstId(saved.uri().toString(), "id=(\\d+)");

        PageClient.Page notes = saved.form("notes")
                .set("notesEn", "We agreed on three next steps.")
                .press("saveNotes");
        assertTrue(notes.body().contains("The notes are saved."), notes.body());
        PageClient.Page publicPage = PageClient.english(url("")).get("/consultation/events/view.xhtml?id=" + created);
        assertTrue(
                publicPage.body().contains("Page event") && publicPage.body().contains("5 of 5 seats free"),
                publicPage.body());
        assertTrue(!publicPage.body().contains("three next steps"), "notes wait until the event is over");
        PageClient.Page forRep = org.get("/consultation/events/view.xhtml?id=" + created);
        assertTrue(
                forRep.body().matches("(?s).*id=\"registration:organisation\"[^>]*value=\"Kotoutumisen tuki ry\".*")
                        || forRep.body()
                                .matches("(?s).*value=\"Kotoutumisen tuki ry\"[^>]*id=\"registration:organisation\".*"),
                "the representative's organisation is filled in: " + forRep.body());
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private static long demoEvent(PageClient browser, String title) {
        String consultations = browser.get("/consultation/index.xhtml").body();
        long consultation = firstId(consultations, "view.xhtml\\?id=(\\d+)\">The role of organisations");
        Matcher links = Pattern.compile("events/view.xhtml\\?id=(\\d+)")
                .matcher(browser.get("/consultation/view.xhtml?id=" + consultation)
                        .body());
        while (links.find()) {
            long id = Long.parseLong(links.group(1));
            if (browser.get("/consultation/events/view.xhtml?id=" + id).body().contains(title)) {
                return id;
            }
        }
        throw new AssertionError("no demo event " + title);
    }

    private static long firstId(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertTrue(matcher.find(), regex + " in " + text);
        return Long.parseLong(matcher.group(1));
    }

    // ---- helpers

    private EventRegistration registerAs(String email, ConsultationEvent event, String language) {
        ActingCaller.actAs(email);
        try {
            return registrations.register(event.getId(), null, language);
        } finally {
            ActingCaller.clear();
        }
    }

    private String newUser(String name) throws Exception {
        String email = TestAccounts.uniqueEmail("event");
        tx.begin();
        accounts.create(email, name, "a long enough password", "en", List.of(Role.ORG_REP), true);
        tx.commit();
        return email;
    }

    private ConsultationEvent newEvent(Integer capacity, Instant start, Set<TargetGroup> groups) throws Exception {
        tx.begin();
        Consultation consultation = consultations.create(new Consultation(
                null,
                LocalizedText.of("Testikuuleminen", "Testsamråd", "Test consultation"),
                null,
                start.minus(Duration.ofDays(20)),
                start.plus(Duration.ofDays(20)),
                Instant.now()));
        consultation.publish(Instant.now());
        tx.commit();
        ActingCaller.actAs("staff@demo.cocreate.fi");
        try {
            ConsultationEvent event = events.create(consultation.getId(), details(0, capacity, start, groups));
            // titles carry the id so each test's mails are told apart
            return events.update(event.getId(), details(event.getId(), capacity, start, groups));
        } finally {
            ActingCaller.clear();
        }
    }

    private static EventDetails details(long id, Integer capacity, Instant start, Set<TargetGroup> groups) {
        return new EventDetails(
                EventType.WORKSHOP,
                LocalizedText.of("Työpaja " + id, "Workshop sv " + id, "Workshop en " + id),
                LocalizedText.of("Kuvaus", null, "Description"),
                start,
                start.plus(Duration.ofHours(2)),
                "Room 1, Helsinki",
                null,
                capacity,
                groups.isEmpty() ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(groups));
    }

    static Part attachment(Part part, String suffix) throws Exception {
        if (part.getFileName() != null && part.getFileName().endsWith(suffix)) {
            return part;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Part found = attachment(multipart.getBodyPart(i), suffix);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
