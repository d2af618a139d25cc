package fi.cocreate.subscription.boundary;

import fi.cocreate.common.PublicLinks;
import fi.cocreate.subscription.control.SubscriptionTokens;
import fi.cocreate.subscription.control.SubscriptionTokens.Purpose;
import fi.cocreate.subscription.entity.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * The signed links of subscription mails: confirm, manage and unsubscribe. The signing key is made at random by the
 * migration that created the subscription tables and read once from the database, so every server signs alike.
 */
@ApplicationScoped
public class SubscriptionLinks {

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicLinks links;

    private volatile byte[] key;

    public String confirmLink(Subscription subscription) {
        return links.page("/subscribe/confirm.xhtml?token=" + token(Purpose.CONFIRM, subscription));
    }

    public String manageLink(Subscription subscription) {
        return links.page("/subscribe/manage.xhtml?token=" + token(Purpose.MANAGE, subscription));
    }

    /** The one-click link (RFC 8058): a POST unsubscribes at once, a GET shows a page asking to confirm. */
    public String unsubscribeLink(Subscription subscription) {
        return links.page("/subscribe/unsubscribe?token=" + token(Purpose.MANAGE, subscription));
    }

    public OptionalLong subscriptionId(Purpose purpose, String token) {
        return SubscriptionTokens.verify(key(), purpose, token);
    }

    private String token(Purpose purpose, Subscription subscription) {
        return URLEncoder.encode(SubscriptionTokens.sign(key(), purpose, subscription.getId()), StandardCharsets.UTF_8);
    }

    private byte[] key() {
        byte[] loaded = key;
        if (loaded == null) {
            loaded = (byte[]) em.createNativeQuery("select key_bytes from subscription_link_key where id = 1")
                    .getSingleResult();
            key = loaded;
        }
        return loaded;
    }
}
