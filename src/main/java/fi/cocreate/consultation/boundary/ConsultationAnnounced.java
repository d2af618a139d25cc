package fi.cocreate.consultation.boundary;

/**
 * CDI event fired, inside the publishing transaction, the first time staff publish a consultation. Observers queue
 * their mails in the same transaction (the subscribers of its target groups and themes), so the mails exist exactly
 * when the consultation is public.
 */
public record ConsultationAnnounced(long consultationId) {}
