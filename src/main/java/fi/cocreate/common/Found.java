package fi.cocreate.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one way to load a record or refuse with {@link NotFound}: a record that does not exist, and one this caller may
 * not see (a draft, another organisation's, another consultation's), are refused alike under the caller's message
 * key, so nobody learns the difference. Boundaries load by id ({@code find(em, Consultation.class, id,
 * "consultation.notFound")}), with the visibility rule as a predicate where there is one ({@code c -> c.isPublished()
 * || caller.isStaff()}); what was looked up otherwise (a query's first row, an id from the address) goes through
 * {@code found}.
 */
public final class Found {

    private Found() {}

    /** The record of this type with this id, or {@link NotFound} under the message key. */
    public static <T> T find(EntityManager em, Class<T> type, Object id, String messageKey) {
        return found(em.find(type, id), messageKey);
    }

    /** The record of this type with this id if it exists and is visible, else {@link NotFound} under the key. */
    public static <T> T find(
            EntityManager em, Class<T> type, Object id, Predicate<? super T> visible, String messageKey) {
        return found(em.find(type, id), visible, messageKey);
    }

    /** The record of this type with this id, locked as asked for the rest of the transaction, or {@link NotFound}. */
    public static <T> T find(EntityManager em, Class<T> type, Object id, LockModeType lock, String messageKey) {
        return found(em.find(type, id, lock), messageKey);
    }

    /** What was looked up, or {@link NotFound} under the message key when it is {@code null}. */
    public static <T> T found(T record, String messageKey) {
        return found(record, any -> true, messageKey);
    }

    /** What was looked up if it is there and visible, else {@link NotFound} under the message key. */
    public static <T> T found(T record, Predicate<? super T> visible, String messageKey) {
        if (record == null || !visible.test(record)) {
            throw new NotFound(messageKey);
        }
        return record;
    }

    /** What was looked up if there is one, else {@link NotFound} under the message key. */
    public static <T> T found(Optional<T> record, String messageKey) {
        return found(record.orElse(null), messageKey);
    }
}
