package fi.cocreate.consultation.boundary;

/**
 * CDI event fired, inside the creating transaction, when staff add an event to a published consultation. Observers
 * queue their mails in the same transaction (the subscribers of the event's target groups). Events added while the
 * consultation is a draft are not announced on their own: the consultation's announcement links its page, which lists
 * them.
 */
public record EventAnnounced(long eventId) {}
