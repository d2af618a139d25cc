package fi.cocreate.mail.control;

/**
 * Every kind of mail the app sends. Each has a subject and a body under its key in its bundle (by default
 * {@code i18n/mail}; a domain may keep its mails in its own bundle), in Finnish, Swedish and English; bulk kinds carry
 * an unsubscribe link.
 */
public enum MailKind {
    ACCOUNT_VERIFY("account.verify", false),
    ACCOUNT_EXISTS("account.exists", false),
    PASSWORD_RESET("account.reset", false),
    // Events and subscriptions: templates in i18n/events_mail.
    EVENT_REGISTERED("event.registered", false, "i18n.events_mail"),
    EVENT_WAITING_LIST("event.waitingList", false, "i18n.events_mail"),
    EVENT_PROMOTED("event.promoted", false, "i18n.events_mail"),
    EVENT_INVITATION("event.invitation", true, "i18n.events_mail"),
    CONSULTATION_INVITATION("consultation.invitation", true, "i18n.events_mail"),
    SUBSCRIPTION_CONFIRM("subscription.confirm", false, "i18n.events_mail"),
    SUBSCRIPTION_EXISTS("subscription.exists", false, "i18n.events_mail"),
    SUBSCRIPTION_WELCOME("subscription.welcome", false, "i18n.events_mail"),
    SUBSCRIBER_SUMMARY_NOTICE("summary.published", true, "i18n.events_mail"),
    // Forum applications: templates in i18n/forum_mail.
    FORUM_APPLICATION_RECEIVED("forum.application.received", false, "i18n.forum_mail"),
    // Consultation responses and summaries: templates in i18n/consultation_mail and i18n/summary_mail.
    RESPONSE_RECEIPT("response.receipt", false, "i18n.consultation_mail"),
    DEADLINE_REMINDER("response.reminder", false, "i18n.consultation_mail"),
    ORGANISATION_INVITATION("organisation.invitation", false, "i18n.consultation_mail"),
    APPROVAL_REQUESTED("response.approvalRequested", false, "i18n.consultation_mail"),
    SUMMARY_PUBLISHED("summary.published", false, "i18n.summary_mail"),
    RESPONSE_HIDDEN("response.hidden", false, "i18n.summary_mail"),
    // Forum decisions of the selection panel: templates in i18n/panel_mail.
    FORUM_DECISION_SELECTED("panel.decision.selected", false, "i18n.panel_mail"),
    FORUM_DECISION_WAITING_LIST("panel.decision.waitingList", false, "i18n.panel_mail"),
    FORUM_DECISION_NOT_SELECTED("panel.decision.notSelected", false, "i18n.panel_mail"),
    PANEL_REMINDER("panel.reminder", false, "i18n.panel_mail");

    private static final String SHARED_BUNDLE = "i18n.mail";

    private final String key;
    private final boolean bulk;
    private final String bundle;

    MailKind(String key, boolean bulk) {
        this(key, bulk, SHARED_BUNDLE);
    }

    MailKind(String key, boolean bulk, String bundle) {
        this.key = key;
        this.bulk = bulk;
        this.bundle = bundle;
    }

    /** The resource bundle holding this kind's subject and body, e.g. {@code i18n.mail}. */
    public String bundle() {
        return bundle;
    }

    public String key() {
        return key;
    }

    public boolean isBulk() {
        return bulk;
    }
}
