package fi.cocreate.mail.control;

/**
 * Every kind of mail the app sends. Each has a subject and a body in the {@code mail} bundle under its key, in
 * Finnish, Swedish and English; bulk kinds carry an unsubscribe link.
 */
public enum MailKind {
    ACCOUNT_VERIFY("account.verify", false),
    ACCOUNT_EXISTS("account.exists", false),
    PASSWORD_RESET("account.reset", false);

    private final String key;
    private final boolean bulk;

    MailKind(String key, boolean bulk) {
        this.key = key;
        this.bulk = bulk;
    }

    public String key() {
        return key;
    }

    public boolean isBulk() {
        return bulk;
    }
}
