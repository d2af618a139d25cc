package fi.cocreate.subscription.boundary;

import fi.cocreate.common.SupportedLanguage;
import fi.cocreate.mail.boundary.Outbox;
import fi.cocreate.mail.control.MailKind;
import fi.cocreate.mail.control.MailTemplates;
import fi.cocreate.subscription.entity.Subscription;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Queues a bulk mail to one confirmed subscriber, in their language. Every bulk template starts its arguments with
 * the management link ({0}) and the unsubscribe link ({1}); the unsubscribe link also goes into the
 * List-Unsubscribe header, with List-Unsubscribe-Post for one-click unsubscribing (RFC 8058).
 */
@Stateless
public class BulkMail {

    @Inject
    Outbox outbox;

    @Inject
    SubscriptionLinks links;

    /**
     * Sends the kind to each recipient, with the template's own arguments written in that recipient's language;
     * answers how many recipients there were.
     */
    public int sendEach(List<Subscription> recipients, MailKind kind, Function<Locale, Object[]> arguments) {
        for (Subscription subscription : recipients) {
            send(subscription, kind, arguments.apply(SupportedLanguage.locale(subscription.getLanguage())));
        }
        return recipients.size();
    }

    public void send(Subscription subscription, MailKind kind, Object... arguments) {
        if (!kind.isBulk()) {
            throw new IllegalArgumentException(kind + " is not a bulk mail");
        }
        if (!subscription.isConfirmed()) {
            return; // double opt-in: nothing in bulk before the address is confirmed
        }
        String unsubscribe = links.unsubscribeLink(subscription);
        Object[] all = new Object[arguments.length + 2];
        all[0] = links.manageLink(subscription);
        all[1] = unsubscribe;
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        outbox.queue(
                subscription.getEmail(),
                kind,
                MailTemplates.compose(kind, subscription.getLanguage(), all),
                unsubscribe);
    }
}
