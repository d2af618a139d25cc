package fi.cocreate.common.web;

/**
 * A domain's own bundle of messages, registered by the domain itself (a CDI bean implementing this), so that
 * {@link Notices} finds a key wherever it lives without naming every domain. The shared {@code i18n.messages} bundle
 * is always asked first.
 */
public interface MessageBundle {

    /** The bundle's base name, e.g. {@code i18n.consultation}. */
    String baseName();
}
