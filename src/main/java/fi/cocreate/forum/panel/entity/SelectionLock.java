package fi.cocreate.forum.panel.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Staff's decision that a candidate must be in (or must stay out of) the forum, whatever the scores say. */
@Entity
@Table(name = "panel_selection_lock")
@NamedQuery(name = SelectionLock.BY_CALL, query = "select l from SelectionLock l where l.callId = :call")
@NamedQuery(
        name = SelectionLock.BY_APPLICATION,
        query = "select l from SelectionLock l where l.applicationId = :application")
public class SelectionLock {

    public static final String BY_CALL = "SelectionLock.byCall";
    public static final String BY_APPLICATION = "SelectionLock.byApplication";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id", nullable = false)
    private Long callId;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "locked_in", nullable = false)
    private boolean lockedIn;

    protected SelectionLock() {}

    public SelectionLock(long callId, long applicationId, boolean lockedIn) {
        this.callId = callId;
        this.applicationId = applicationId;
        this.lockedIn = lockedIn;
    }

    public void change(boolean in) {
        this.lockedIn = in;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public boolean isLockedIn() {
        return lockedIn;
    }
}
