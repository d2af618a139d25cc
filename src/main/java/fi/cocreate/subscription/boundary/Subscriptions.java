package fi.cocreate.subscription.boundary;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.PlainText;
import fi.cocreate.consultation.entity.TargetGroup;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.mail.boundary.Outbox;
import fi.cocreate.mail.control.MailKind;
import fi.cocreate.mail.control.MailTemplates;
import fi.cocreate.subscription.control.SubscriptionTokens.Purpose;
import fi.cocreate.subscription.entity.Subscription;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Subscriptions to news by target group and theme, open to anyone with an email address. Every change after the first
 * request goes through a signed link mailed to the address, so only its owner confirms, changes or ends it.
 */
@Stateless
public class Subscriptions {

    private static final Logger LOG = Logger.getLogger(Subscriptions.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    SubscriptionLinks links;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /**
     * Asks for a subscription and mails the confirmation link. For an address already confirmed nothing changes here;
     * it gets its management link instead, so the form never reveals who subscribes nor lets anyone change their
     * choices.
     */
    public void subscribe(
            @NotBlank @Email(regexp = PlainText.EMAIL_CHARACTERS) @Size(max = 254) String email,
            String language,
            Set<TargetGroup> groups,
            Set<Theme> themes) {
        Optional<Subscription> existing = findByEmail(email);
        Subscription subscription;
        if (existing.isPresent() && existing.get().isConfirmed()) {
            subscription = existing.get();
            outbox.queue(
                    subscription.getEmail(),
                    MailKind.SUBSCRIPTION_EXISTS,
                    MailTemplates.compose(
                            MailKind.SUBSCRIPTION_EXISTS, subscription.getLanguage(), links.manageLink(subscription)),
                    null);
            return;
        }
        if (existing.isPresent()) {
            subscription = existing.get();
            subscription.choose(language, groups, themes);
        } else {
            subscription = new Subscription(email, language, groups, themes, clock.instant());
            em.persist(subscription);
            em.flush(); // the id signs the link
        }
        outbox.queue(
                subscription.getEmail(),
                MailKind.SUBSCRIPTION_CONFIRM,
                MailTemplates.compose(
                        MailKind.SUBSCRIPTION_CONFIRM, subscription.getLanguage(), links.confirmLink(subscription)),
                null);
    }

    /** Confirms the address of the subscription this link was mailed for; the first time, mails the welcome with the
     * links to change the choices or to unsubscribe. */
    public Subscription confirm(String token) {
        Subscription subscription = byToken(Purpose.CONFIRM, token);
        boolean first = !subscription.isConfirmed();
        subscription.confirm(clock.instant());
        if (first) {
            outbox.queue(
                    subscription.getEmail(),
                    MailKind.SUBSCRIPTION_WELCOME,
                    MailTemplates.compose(
                            MailKind.SUBSCRIPTION_WELCOME,
                            subscription.getLanguage(),
                            links.manageLink(subscription),
                            links.unsubscribeLink(subscription)),
                    null);
        }
        return subscription;
    }

    /** The subscription behind a management link. */
    public Subscription manage(String token) {
        return byToken(Purpose.MANAGE, token);
    }

    /** Changes the language and choices through a management link; using the link also confirms the address. */
    public Subscription change(String token, String language, Set<TargetGroup> groups, Set<Theme> themes) {
        Subscription subscription = byToken(Purpose.MANAGE, token);
        subscription.choose(language, groups, themes);
        subscription.confirm(clock.instant());
        return subscription;
    }

    /**
     * Ends the subscription and forgets the address. A valid link for a subscription already ended is fine (a repeated
     * one-click POST); only a forged or broken link is refused.
     */
    public void unsubscribe(String token) {
        long id = links.subscriptionId(Purpose.MANAGE, token)
                .orElseThrow(() -> new BusinessException("subscription.linkInvalid"));
        Subscription subscription = em.find(Subscription.class, id);
        if (subscription != null) {
            em.remove(subscription);
            LOG.info(() -> "Subscription " + id + " ended");
        }
    }

    /** Confirmed subscribers who want news of these target groups or themes. */
    public List<Subscription> confirmedWanting(Set<TargetGroup> groups, Set<Theme> themes) {
        return em.createNamedQuery(Subscription.CONFIRMED, Subscription.class)
                .getResultStream()
                .filter(s -> s.wants(groups, themes))
                .toList();
    }

    public Optional<Subscription> findByEmail(String email) {
        return em.createNamedQuery(Subscription.BY_EMAIL, Subscription.class)
                .setParameter("email", Subscription.normaliseEmail(email))
                .getResultStream()
                .findFirst();
    }

    /** Creates a confirmed subscription directly (demo data only). */
    public Subscription createConfirmed(String email, String language, Set<TargetGroup> groups, Set<Theme> themes) {
        Subscription subscription = new Subscription(email, language, groups, themes, clock.instant());
        subscription.confirm(clock.instant());
        em.persist(subscription);
        return subscription;
    }

    private Subscription byToken(Purpose purpose, String token) {
        long id = links.subscriptionId(purpose, token)
                .orElseThrow(() -> new BusinessException("subscription.linkInvalid"));
        Subscription subscription = em.find(Subscription.class, id);
        if (subscription == null) {
            throw new BusinessException("subscription.notFound");
        }
        return subscription;
    }
}
