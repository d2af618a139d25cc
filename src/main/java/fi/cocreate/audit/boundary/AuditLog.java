package fi.cocreate.audit.boundary;

import fi.cocreate.audit.entity.AuditAction;
import fi.cocreate.audit.entity.AuditAction.RecordKind;
import fi.cocreate.audit.entity.AuditEntry;
import fi.cocreate.identity.boundary.Caller;
import fi.cocreate.identity.boundary.RoleChanged;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.identity.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The audit log of staff, panel and administrator actions, the one place they are written and read. Boundaries call
 * {@link #record} inside their own transaction (this bean joins it), so an action that rolls back leaves no row and
 * an action that commits always has one. The actor is the {@link Caller}; role changes arrive as {@link RoleChanged}
 * events from identity, which does not know this package. Only administrators read the log.
 */
@Stateless
public class AuditLog {

    /** What an administrator filters the log by; null fields match everything. */
    public record Filter(AuditAction action, RecordKind recordKind, Long recordId, String actor) {

        public static final Filter NONE = new Filter(null, null, null, null);
    }

    /** One line of the log as the administrator's page shows it. */
    public record Line(
            long id, Instant at, String actor, AuditAction action, RecordKind recordKind, long recordId, String detail)
            implements java.io.Serializable {

        static Line of(AuditEntry e) {
            return new Line(
                    e.getId(),
                    e.getAt(),
                    e.getActorEmail(),
                    e.getAction(),
                    e.getRecordKind(),
                    e.getRecordId(),
                    e.getDetail());
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Records that the caller did {@code action} to the record {@code recordId}, in the caller's transaction. */
    public void record(AuditAction action, long recordId, String detail) {
        record(currentActor().orElse(null), action, recordId, detail);
    }

    /** The caller, or nobody (the system) where no request is active, e.g. a scheduled job or start-up. */
    private Optional<Account> currentActor() {
        try {
            return caller.account();
        } catch (ContextNotActiveException e) {
            return Optional.empty();
        }
    }

    /** As above, by the account a boundary has already checked (those that take the actor's address as a parameter). */
    public void record(Account actor, AuditAction action, long recordId, String detail) {
        Optional<Account> known = Optional.ofNullable(actor);
        em.persist(new AuditEntry(
                clock.instant(),
                known.map(Account::getId).orElse(null),
                known.map(Account::getEmail).orElse(null),
                action,
                recordId,
                detail));
    }

    public void record(AuditAction action, long recordId) {
        record(action, recordId, null);
    }

    /**
     * Replaces an erased account's address in the rows where it acted; the account id stays, so the history still
     * says that one and the same account did these things.
     */
    public int forgetActorAddress(long accountId, String placeholder) {
        return em.createQuery("update AuditEntry e set e.actorEmail = :placeholder where e.actorId = :account")
                .setParameter("placeholder", placeholder)
                .setParameter("account", accountId)
                .executeUpdate();
    }

    /** Deletes the rows older than {@code before} (the log's retention period); returns how many. */
    public int deleteOlderThan(Instant before) {
        return em.createQuery("delete from AuditEntry e where e.at < :before")
                .setParameter("before", before)
                .executeUpdate();
    }

    public void roleChanged(@Observes RoleChanged change) {
        record(
                change.granted() ? AuditAction.ROLE_GRANTED : AuditAction.ROLE_REVOKED,
                change.accountId(),
                change.role().name() + " " + change.accountEmail());
    }

    /**
     * The audited actions on one record, oldest first, for the staff who work on it: a response's moderation
     * decisions (who, when, and the reason given) as the moderation page shows them.
     */
    public List<Line> historyOf(RecordKind kind, long recordId) {
        caller.requireStaff();
        return em.createQuery(
                        "select e from AuditEntry e where e.recordKind = :k and e.recordId = :r"
                                + " order by e.at, e.id",
                        AuditEntry.class)
                .setParameter("k", kind)
                .setParameter("r", recordId)
                .setMaxResults(200)
                .getResultStream()
                .map(Line::of)
                .toList();
    }

    /** Lines matching the filter, newest first, from {@code first}; administrators only. */
    public List<Line> lines(Filter filter, int first, int max) {
        caller.require(Role.ADMIN);
        TypedQuery<AuditEntry> query =
                query("select e from AuditEntry e", filter, " order by e.at desc, e.id desc", AuditEntry.class);
        return query.setFirstResult(first)
                .setMaxResults(max)
                .getResultStream()
                .map(Line::of)
                .toList();
    }

    public long count(Filter filter) {
        caller.require(Role.ADMIN);
        return query("select count(e) from AuditEntry e", filter, "", Long.class)
                .getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, Filter filter, String order, Class<T> type) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder();
        if (filter.action() != null) {
            parameters.put("action", filter.action());
            where.append(" and e.action = :action");
        }
        if (filter.recordKind() != null) {
            parameters.put("kind", filter.recordKind());
            where.append(" and e.recordKind = :kind");
        }
        if (filter.recordId() != null) {
            parameters.put("record", filter.recordId());
            where.append(" and e.recordId = :record");
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            parameters.put(
                    "actor",
                    "%"
                            + filter.actor()
                                    .strip()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_")
                            + "%");
            where.append(" and lower(e.actorEmail) like :actor");
        }
        String jpql = select + (where.isEmpty() ? "" : " where" + where.substring(4)) + order;
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
