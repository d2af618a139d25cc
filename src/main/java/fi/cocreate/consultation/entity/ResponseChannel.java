package fi.cocreate.consultation.entity;

/**
 * How a response reached the ministry: through the form, or as a statement by email or post that staff entered.
 * Labels are in {@code i18n.consultation} under {@code responseChannel.NAME}.
 */
public enum ResponseChannel {
    WEB, EMAIL, POST
}
