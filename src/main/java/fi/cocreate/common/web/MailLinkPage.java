package fi.cocreate.common.web;

import fi.cocreate.common.BusinessException;
import java.util.function.Consumer;

/**
 * A page behind a one-time link in a mail (verify an address, confirm a subscription): on load it uses the link's
 * token once and keeps the outcome as a message key, which the page shows as its status text and by which it chooses
 * the link it offers next. A refusal (expired, used, unknown) is an outcome like success, not an error message.
 */
public abstract class MailLinkPage {

    // No final methods: the subclasses are request-scoped CDI beans, and a final method cannot be proxied.

    private String token;
    private String resultKey;

    /** Uses the token; the outcome is {@code doneKey} or the refusal's key. */
    protected void follow(Consumer<String> use, String doneKey) {
        try {
            use.accept(token);
            resultKey = doneKey;
        } catch (BusinessException e) {
            // kept: the outcome of the link is the page's status text (and which link it offers), not a message
            resultKey = e.getMessageKey();
        }
    }

    /** Whether the token did what the link promised. */
    protected boolean done(String doneKey) {
        return doneKey.equals(resultKey);
    }

    public String getResultKey() {
        return resultKey;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
