package fi.cocreate.consultation.entity;

/**
 * How a response reached the ministry: through the form, as a statement by email or post that staff entered, or as
 * the notes and outputs of one of the consultation's events that staff entered ({@link Response#getEvent()}).
 * Labels are in {@code i18n.consultation} under {@code responseChannel.NAME}.
 */
public enum ResponseChannel {
    WEB,
    EMAIL,
    POST,
    EVENT
}
