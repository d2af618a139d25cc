package fi.cocreate.forum.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The fact that an account withdrew from a call, and nothing more. It keeps the rule "one application per person and
 * call; withdrawing is final" after the application itself has been erased and unlinked from the account.
 */
@Entity
@Table(name = "forum_call_withdrawal")
@IdClass(CallWithdrawal.Key.class)
@NamedQuery(
        name = CallWithdrawal.EXISTS,
        query = "select count(w) from CallWithdrawal w where w.callId = :call and w.accountId = :account")
public class CallWithdrawal {

    public static final String EXISTS = "CallWithdrawal.exists";

    @Id
    @Column(name = "call_id")
    private Long callId;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "withdrawn_at", nullable = false)
    private Instant withdrawnAt;

    protected CallWithdrawal() {}

    public CallWithdrawal(long callId, long accountId, Instant now) {
        this.callId = callId;
        this.accountId = accountId;
        this.withdrawnAt = Objects.requireNonNull(now);
    }

    /** The composite key: call and account. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long callId;
        private Long accountId;

        public Key() {}

        public Key(Long callId, Long accountId) {
            this.callId = callId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(callId, key.callId)
                    && Objects.equals(accountId, key.accountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(callId, accountId);
        }
    }
}
