package fi.cocreate.consultation.boundary;

/**
 * CDI event fired, inside the publishing transaction, when staff publish the summary of a consultation. Observers
 * queue their mails in the same transaction (for example to the subscribers of the consultation's themes).
 */
public record SummaryPublished(long consultationId) {}
