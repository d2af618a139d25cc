package fi.cocreate.subscription;

import static fi.cocreate.testing.ActingCaller.acting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.boundary.ConsultationEvents;
import fi.cocreate.consultation.boundary.Consultations;
import fi.cocreate.consultation.boundary.EventDetails;
import fi.cocreate.consultation.boundary.SummaryPublished;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationEvent;
import fi.cocreate.consultation.entity.EventType;
import fi.cocreate.consultation.entity.TargetGroup;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.subscription.boundary.Invitations;
import fi.cocreate.subscription.boundary.Subscriptions;
import fi.cocreate.subscription.entity.Subscription;
import fi.cocreate.testing.ActingCaller;
import fi.cocreate.testing.Deployments;
import fi.cocreate.testing.MailSinkClient;
import fi.cocreate.testing.PageClient;
import fi.cocreate.testing.TestAccounts;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Subscriptions in the container against the real SMTP server: double opt-in, invitations and summary notices to the
 * matching confirmed subscribers in their language, List-Unsubscribe headers, and one-click unsubscribing by POST
 * without login.
 */
@ExtendWith(ArquillianExtension.class)
class SubscriptionsIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9._%-]+)");

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    Subscriptions subscriptions;

    @Inject
    Invitations invitations;

    @Inject
    Consultations consultations;

    @Inject
    ConsultationEvents events;

    @Inject
    fi.cocreate.consultation.boundary.ConsultationAdmin admin;

    @Inject
    Event<SummaryPublished> summaryPublished;

    @Inject
    UserTransaction tx;

    @ArquillianResource
    URL base;

    private final MailSinkClient sink = MailSinkClient.forTests();

    @AfterEach
    void restore() {
        ActingCaller.clear();
    }

    @Test
    void anUnconfirmedSubscriberGetsOnlyTheConfirmationUntilConfirmingThenInvitationsWithUnsubscribeHeaders()
            throws Exception {
        String email = TestAccounts.uniqueEmail("optin");
        subscriptions.subscribe(email, "fi", EnumSet.of(TargetGroup.EMPLOYERS), Set.of());
        MimeMessage confirmation = sink.awaitMails(email, 1, MAIL_WAIT).get(0);
        assertEquals("Vahvista tilauksesi", confirmation.getSubject());
        assertEquals("fi", confirmation.getHeader("Content-Language")[0]);
        assertNull(confirmation.getHeader("List-Unsubscribe"), "the confirmation is not bulk mail");

        ConsultationEvent event = newEvent(EnumSet.of(TargetGroup.EMPLOYERS));
        inviteAsStaff(event);
        Thread.sleep(3000);
        assertEquals(1, sink.to(email).size(), "no bulk mail before the address is confirmed");

        PageClient.Page confirmed = new PageClient(base.toString(), "fi").get(link(confirmation, "confirm"));
        assertTrue(confirmed.body().contains("Tilauksesi on vahvistettu"), confirmed.body());

        MimeMessage welcome = mail(email, 2, "Tervetuloa");
        assertTrue(
                MailSinkClient.text(welcome).contains("/subscribe/manage.xhtml?token="),
                "the welcome mail links to " + "the choices");
        assertTrue(MailSinkClient.text(welcome).contains("/subscribe/unsubscribe?token="), "and to unsubscribing");
        inviteAsStaff(event);
        MimeMessage invitation = mail(email, 3, "Kutsu");
        assertEquals("Kutsu: Työpaja " + event.getId(), invitation.getSubject());
        assertEquals("fi", invitation.getHeader("Content-Language")[0]);
        String text = MailSinkClient.text(invitation);
        assertTrue(text.contains("Testikuuleminen"), text);
        assertTrue(text.contains("/consultation/events/view.xhtml?id=" + event.getId()), text);
        String unsubscribe = invitation.getHeader("List-Unsubscribe")[0];
        assertTrue(unsubscribe.matches("<http://[^>]+/subscribe/unsubscribe\\?token=[^>]+>"), unsubscribe);
        assertEquals("List-Unsubscribe=One-Click", invitation.getHeader("List-Unsubscribe-Post")[0]);
        assertTrue(text.contains(unsubscribe.substring(1, unsubscribe.length() - 1)), "the link is in the text too");
    }

    @Test
    void aPostToTheUnsubscribeLinkUnsubscribesWithoutLoginWhileAGetOnlyAsks() throws Exception {
        String email = confirmedSubscriber("en", EnumSet.of(TargetGroup.WELLBEING_SERVICES_COUNTIES));
        ConsultationEvent event = newEvent(EnumSet.of(TargetGroup.WELLBEING_SERVICES_COUNTIES));
        inviteAsStaff(event);
        MimeMessage invitation = mail(email, 3, "Invitation");
        assertEquals("Invitation: Workshop en " + event.getId(), invitation.getSubject());
        String header = invitation.getHeader("List-Unsubscribe")[0];
        URI link = URI.create(header.substring(1, header.length() - 1));

        PageClient.Page asked = PageClient.english(base.toString()).get(link.toString());
        assertEquals(200, asked.status());
        assertTrue(asked.body().contains("Do you want to stop getting news"), asked.body());
        assertTrue(subscriptions.findByEmail(email).isPresent(), "a GET (a link scanner) unsubscribes nobody");

        PageClient.Page forged = post(URI.create(link.toString().replaceAll("token=\\d+", "token=1")));
        assertEquals(400, forged.status(), "a changed link is refused");

        PageClient.Page oneClick = post(link);
        assertEquals(200, oneClick.status(), oneClick.body());
        assertTrue(subscriptions.findByEmail(email).isEmpty(), "unsubscribed and the address forgotten");
        assertEquals(200, post(link).status(), "a repeated POST is fine");

        inviteAsStaff(event);
        Thread.sleep(3000);
        assertEquals(3, sink.to(email).size(), "nothing more after unsubscribing");
    }

    @Test
    void aPublishedSummaryIsAnnouncedToConfirmedSubscribersOfTheConsultationsTargetGroupsOnly() throws Exception {
        String matching = confirmedSubscriber("sv", EnumSet.of(TargetGroup.EDUCATIONAL_INSTITUTIONS));
        String otherGroup = confirmedSubscriber("en", EnumSet.of(TargetGroup.AUTHORITIES));
        String unconfirmed = TestAccounts.uniqueEmail("unconfirmed");
        subscriptions.subscribe(unconfirmed, "en", EnumSet.of(TargetGroup.EDUCATIONAL_INSTITUTIONS), Set.of());
        ConsultationEvent event = newEvent(EnumSet.of(TargetGroup.EDUCATIONAL_INSTITUTIONS));
        long consultationId = event.getConsultation().getId();

        tx.begin();
        summaryPublished.fire(new SummaryPublished(consultationId));
        tx.commit();

        MimeMessage notice = mail(matching, 3, "Sammanfattning");
        assertEquals("Sammanfattning publicerad: Testsamråd", notice.getSubject());
        assertEquals("sv", notice.getHeader("Content-Language")[0]);
        assertTrue(MailSinkClient.text(notice).contains("/consultation/view.xhtml?id=" + consultationId));
        assertEquals("List-Unsubscribe=One-Click", notice.getHeader("List-Unsubscribe-Post")[0]);
        Thread.sleep(2000);
        assertEquals(2, sink.to(otherGroup).size(), "another target group hears nothing after its welcome");
        assertEquals(1, sink.to(unconfirmed).size(), "the unconfirmed get only their confirmation");
    }

    @Test
    void staffInviteTheSubscribersOfAConsultationInTheirLanguage() throws Exception {
        String email = confirmedSubscriber("en", EnumSet.of(TargetGroup.IMMIGRANT_COMMUNITIES));
        ConsultationEvent event = newEvent(EnumSet.of(TargetGroup.IMMIGRANT_COMMUNITIES));
        long consultationId = event.getConsultation().getId();
        ActingCaller.actAs("org@demo.cocreate.fi");
        assertThrows(fi.cocreate.common.AccessDenied.class, () -> invitations.inviteToConsultation(consultationId));
        ActingCaller.actAs("staff@demo.cocreate.fi");
        assertTrue(invitations.inviteToConsultation(consultationId) >= 1);
        MimeMessage invitation = mail(email, 3, "Invitation");
        assertEquals("Invitation to give feedback: Test consultation", invitation.getSubject());
        assertTrue(MailSinkClient.text(invitation).contains("/consultation/view.xhtml?id=" + consultationId));
        assertTrue(invitation.getHeader("List-Unsubscribe")[0].contains("/subscribe/unsubscribe?token="));
    }

    @Test
    void aConsultationPublishedTheFirstTimeAndAnEventAddedToItAreAnnouncedToTheirSubscribersOnce() throws Exception {
        String finnish = confirmedSubscriber("fi", EnumSet.of(TargetGroup.RESEARCHERS));
        String otherGroup = confirmedSubscriber("en", EnumSet.of(TargetGroup.EMPLOYERS));
        Instant start = Instant.now().plus(Duration.ofDays(7));
        ActingCaller.actAs("staff@demo.cocreate.fi");
        try {
            Consultation consultation = acting(
                    "staff@demo.cocreate.fi",
                    () -> admin.create(
                            null,
                            LocalizedText.of("Ilmoitettava kuuleminen", "Aviserat samråd", "Announced consultation"),
                            null,
                            Instant.now().minus(Duration.ofDays(1)),
                            start.plus(Duration.ofDays(20)),
                            Set.of(),
                            EnumSet.of(TargetGroup.RESEARCHERS)));
            long id = consultation.getId();
            // An event of a draft is not announced on its own: the consultation's announcement links its page.
            events.create(id, details(0, start, EnumSet.of(TargetGroup.RESEARCHERS)));
            Thread.sleep(2000);
            assertEquals(2, sink.to(finnish).size(), "a draft tells nobody");

            acting("staff@demo.cocreate.fi", () -> admin.publish(id));
            MimeMessage announcement = mail(finnish, 3, "Kutsu");
            assertTrue(announcement.getSubject().contains("Ilmoitettava kuuleminen"), announcement.getSubject());
            assertTrue(MailSinkClient.text(announcement).contains("/consultation/view.xhtml?id=" + id));
            assertTrue(announcement.getHeader("List-Unsubscribe")[0].contains("/subscribe/unsubscribe?token="));

            acting("staff@demo.cocreate.fi", () -> admin.unpublish(id));
            acting("staff@demo.cocreate.fi", () -> admin.publish(id));
            ConsultationEvent added = events.create(id, details(1, start, EnumSet.of(TargetGroup.RESEARCHERS)));
            MimeMessage event = mail(finnish, 4, "Kutsu: Työpaja 1");
            assertTrue(MailSinkClient.text(event).contains("/consultation/events/view.xhtml?id=" + added.getId()));
            events.create(id, details(2, start, Set.of()));
            Thread.sleep(3000);
            assertEquals(
                    4,
                    sink.to(finnish).size(),
                    "published again: no second announcement; an event without" + " target groups tells nobody");
            assertEquals(2, sink.to(otherGroup).size(), "another target group hears nothing after its welcome");
        } finally {
            ActingCaller.clear();
        }
    }

    @Test
    void theManageLinkChangesChoicesButAConfirmLinkCannotManage() throws Exception {
        String email = TestAccounts.uniqueEmail("manage");
        subscriptions.subscribe(email, "en", EnumSet.of(TargetGroup.EMPLOYERS), Set.of());
        String confirmToken = token(sink.awaitMails(email, 1, MAIL_WAIT).get(0));
        assertEquals(
                "subscription.linkInvalid",
                assertThrows(BusinessException.class, () -> subscriptions.manage(confirmToken))
                        .getMessageKey());
        subscriptions.confirm(confirmToken);

        subscriptions.subscribe(email, "fi", EnumSet.of(TargetGroup.AUTHORITIES), Set.of());
        MimeMessage exists = mail(email, 3, "You already");
        assertEquals("You already subscribe to Cocreate news", exists.getSubject());
        Subscription unchanged = subscriptions.findByEmail(email).orElseThrow();
        assertEquals(Set.of(TargetGroup.EMPLOYERS), unchanged.getTargetGroups(), "a stranger cannot change choices");

        String manageToken = token(exists);
        Subscription changed = subscriptions.change(
                manageToken, "sv", EnumSet.of(TargetGroup.RESEARCHERS), Theme.setOf(Theme.INCLUSION));
        assertEquals("sv", changed.getLanguage());
        assertEquals(
                Set.of(TargetGroup.RESEARCHERS),
                subscriptions.findByEmail(email).orElseThrow().getTargetGroups());
        assertEquals(
                "subscription.nothingChosen",
                assertThrows(BusinessException.class, () -> subscriptions.change(manageToken, "sv", Set.of(), Set.of()))
                        .getMessageKey());
    }

    @Test
    @RunAsClient
    void aVisitorSubscribesConfirmsChangesChoicesAndUnsubscribesThroughThePages() throws Exception {
        String root = base.toString().replaceAll("/$", "");
        PageClient browser = PageClient.english(root);
        PageClient.Page empty = browser.get("/subscribe/index.xhtml")
                .assertOk()
                .form("subscribe")
                .set("email", "not-an-address")
                .set("language", "en")
                .press("submit");
        assertTrue(empty.body().contains("please give a valid email address"), empty.body());
        String noChoice = TestAccounts.uniqueEmail("nochoice");
        PageClient.Page nothing = browser.get("/subscribe/index.xhtml")
                .form("subscribe")
                .set("email", noChoice)
                .set("language", "en")
                .press("submit");
        assertTrue(nothing.body().contains("Choose at least one target group or theme."), nothing.body());
        assertTrue(nothing.body().contains(noChoice), "what was typed is kept");

        String email = TestAccounts.uniqueEmail("pages");
        PageClient.Page asked = browser.get("/subscribe/index.xhtml")
                .form("subscribe")
                .set("email", email)
                .set("language", "en")
                .check("targetGroups", "MUNICIPALITIES")
                .press("submit");
        assertTrue(asked.body().contains("We sent a message to " + email), asked.body());
        MimeMessage confirmation = sink.awaitMails(email, 1, MAIL_WAIT).get(0);
        assertEquals("Confirm your subscription", confirmation.getSubject());
        assertTrue(browser.get(link(confirmation, "confirm")).body().contains("Your subscription is confirmed"));

        browser.get("/subscribe/index.xhtml")
                .form("subscribe")
                .set("email", email)
                .set("language", "en")
                .check("themes", "INCLUSION")
                .press("submit")
                .assertOk();
        MimeMessage exists = mail(email, 3, "You already");
        String manage = link(exists, "manage");
        String managePath = manage.substring(manage.indexOf("/subscribe/manage.xhtml"));
        PageClient.Page page = browser.get(managePath).assertOk();
        assertTrue(page.body().contains(email), page.body());
        PageClient.Page saved = page.form("manage")
                .set("language", "sv")
                .check("targetGroups", "EMPLOYERS")
                .check("themes", "INCLUSION")
                .press("save");
        assertTrue(saved.body().contains("Your choices are saved."), saved.body());

        String token = managePath.substring(managePath.indexOf("token=") + 6);
        PageClient.Page question =
                browser.get("/subscribe/unsubscribe?token=" + token).assertOk();
        assertTrue(
                question.body().contains("Vill du sluta få nyheter"),
                "the page speaks the subscriber's language " + "(now Swedish), not the browser's: " + question.body());
        PageClient.Page done = question.form("unsubscribe").press("confirm");
        assertTrue(done.body().contains("Prenumerationen är avslutad"), done.body());
        String after = browser.get(managePath).body();
        assertTrue(
                after.contains("This subscription has ended.") || after.contains("Denna prenumeration har avslutats."),
                after);
    }

    // ---- helpers

    private String confirmedSubscriber(String language, Set<TargetGroup> groups) throws Exception {
        String email = TestAccounts.uniqueEmail("subscriber");
        subscriptions.subscribe(email, language, groups, Set.of());
        subscriptions.confirm(token(sink.awaitMails(email, 1, MAIL_WAIT).get(0)));
        mail(email, 2, language.equals("fi") ? "Tervetuloa" : language.equals("sv") ? "Välkommen" : "Welcome");
        return email;
    }

    /** Waits for {@code count} mails to the address and answers the one whose subject starts so. */
    private MimeMessage mail(String email, int count, String subjectStart) throws Exception {
        for (MimeMessage mail : sink.awaitMails(email, count, MAIL_WAIT)) {
            if (mail.getSubject().startsWith(subjectStart)) {
                return mail;
            }
        }
        throw new AssertionError("No mail \"" + subjectStart + "...\" among " + count + " to " + email);
    }

    private void inviteAsStaff(ConsultationEvent event) {
        ActingCaller.actAs("staff@demo.cocreate.fi");
        try {
            invitations.inviteToEvent(event.getId());
        } finally {
            ActingCaller.clear();
        }
    }

    private ConsultationEvent newEvent(Set<TargetGroup> groups) throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(7));
        tx.begin();
        Consultation consultation = consultations.create(new Consultation(
                null,
                LocalizedText.of("Testikuuleminen", "Testsamråd", "Test consultation"),
                null,
                Instant.now().minus(Duration.ofDays(1)),
                start.plus(Duration.ofDays(20)),
                Instant.now()));
        consultation.publish(Instant.now());
        tx.commit();
        ActingCaller.actAs("staff@demo.cocreate.fi");
        try {
            // Created without target groups, so that only the invitations the tests send reach the subscribers.
            EventDetails draft = details(0, start, Set.of());
            ConsultationEvent event = events.create(consultation.getId(), draft);
            return events.update(event.getId(), details(event.getId(), start, groups));
        } finally {
            ActingCaller.clear();
        }
    }

    private static EventDetails details(long id, Instant start, Set<TargetGroup> groups) {
        return new EventDetails(
                EventType.WORKSHOP,
                LocalizedText.of("Työpaja " + id, "Workshop sv " + id, "Workshop en " + id),
                null,
                start,
                start.plus(Duration.ofHours(2)),
                null,
                "https://meet.example.org/" + id,
                null,
                groups.isEmpty() ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(groups));
    }

    /** The mail client's one-click unsubscribe (RFC 8058): a POST of the link, no page involved. */
    private PageClient.Page post(URI link) {
        return PageClient.english(base.toString()).postWithoutForm(link.toString(), "List-Unsubscribe=One-Click");
    }

    private static String link(MimeMessage mail, String page) {
        Matcher matcher = Pattern.compile("(https?://\\S+/subscribe/" + page + "\\.xhtml\\?token=\\S+)")
                .matcher(MailSinkClient.text(mail));
        assertTrue(matcher.find(), "the mail has a " + page + " link");
        return matcher.group(1);
    }

    private static String token(MimeMessage mail) {
        Matcher matcher = TOKEN.matcher(MailSinkClient.text(mail));
        assertTrue(matcher.find(), "the mail has a tokened link");
        return URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
    }
}
