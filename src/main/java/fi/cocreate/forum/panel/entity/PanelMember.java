package fi.cocreate.forum.panel.entity;

import fi.cocreate.identity.entity.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A PANELIST account appointed by staff to the selection panel of one forum call. */
@Entity
@Table(name = "panel_member")
@NamedQuery(
        name = PanelMember.BY_CALL,
        query = "select m from PanelMember m where m.callId = :call order by m.account.displayName, m.id")
@NamedQuery(
        name = PanelMember.BY_CALL_AND_EMAIL,
        query = "select m from PanelMember m where m.callId = :call and m.account.email = :email")
@NamedQuery(
        name = PanelMember.BY_EMAIL,
        query = "select m from PanelMember m where m.account.email = :email order by m.callId desc")
public class PanelMember implements Serializable {

    public static final String BY_CALL = "PanelMember.byCall";
    public static final String BY_CALL_AND_EMAIL = "PanelMember.byCallAndEmail";
    public static final String BY_EMAIL = "PanelMember.byEmail";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id", nullable = false)
    private Long callId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "appointed_at", nullable = false)
    private Instant appointedAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Version
    private long version;

    /** A panellist is not reminded again within this time: a second click, or a colleague's, sends nothing. */
    public static final Duration REMINDER_INTERVAL = Duration.ofHours(20);

    protected PanelMember() {}

    public PanelMember(long callId, Account account, Instant appointedAt) {
        this.callId = callId;
        this.account = Objects.requireNonNull(account, "Account is required.");
        this.appointedAt = Objects.requireNonNull(appointedAt, "Appointment time is required.");
    }

    /** Stable id of the panellist as seen by the scoring core. */
    public String panellistKey() {
        return "m" + id;
    }

    /** The latest reminder time after which a panellist may be reminded again at {@code now}. */
    public static Instant lastRemindable(Instant now) {
        return now.minus(REMINDER_INTERVAL);
    }

    /**
     * The reminder rule (a panellist is reminded at most once per {@link #REMINDER_INTERVAL}) as one conditional UPDATE (parameters {@code id}, {@code now} and
     * {@code before} = {@link #lastRemindable}): the database decides which of two staff clicking at once records the
     * reminder. The second click's UPDATE waits for the first one's row lock, then finds the new time and changes no
     * row, so it sends nothing and its staff member is told that the panellist was reminded recently (no lost race,
     * no second mail). It bumps the version, so that a stale copy of the row cannot overwrite it.
     */
    public static final String RECORD_REMINDER = "update PanelMember m set m.remindedAt = :now, "
            + "m.version = m.version + 1 where m.id = :id and (m.remindedAt is null or m.remindedAt <= :before)";

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCallId() {
        return callId;
    }

    public Account getAccount() {
        return account;
    }

    public Instant getAppointedAt() {
        return appointedAt;
    }
}
