package fi.cocreate.identity.entity;

import fi.cocreate.common.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A one-time link sent by mail (email verification, password reset). Only a hash of the secret is stored, so a
 * copy of the database does not let anyone use the links.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(name = AccountToken.BY_HASH, query = "select t from AccountToken t where t.tokenHash = :hash")
@NamedQuery(
        name = AccountToken.OPEN_OF_ACCOUNT,
        query = "select t from AccountToken t where t.account = :account"
                + " and t.purpose = :purpose and t.usedAt is null")
public class AccountToken {

    public static final String BY_HASH = "AccountToken.byHash";
    public static final String OPEN_OF_ACCOUNT = "AccountToken.openOfAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {}

    public AccountToken(Account account, TokenPurpose purpose, String tokenHash, Instant now) {
        this.account = Objects.requireNonNull(account, "Account is required.");
        this.purpose = Objects.requireNonNull(purpose, "Purpose is required.");
        this.tokenHash = Objects.requireNonNull(tokenHash, "Token hash is required.");
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validity());
    }

    /**
     * Uses the link once. Refuses a link meant for something else, already used, or expired (the expiry instant
     * itself is already too late).
     */
    public Account redeem(TokenPurpose expected, Instant now) {
        if (purpose != expected) {
            throw new BusinessException("token.invalid");
        }
        if (usedAt != null) {
            throw new BusinessException("token.used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new BusinessException("token.expired");
        }
        usedAt = now;
        return account;
    }

    /** Ends an unused link without using it (a newer link of the same kind was used): it then answers "used". */
    public void withdraw(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public Account getAccount() {
        return account;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
