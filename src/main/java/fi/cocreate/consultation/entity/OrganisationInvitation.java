package fi.cocreate.consultation.entity;

import fi.cocreate.common.BusinessException;
import fi.cocreate.identity.entity.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A representative's invitation of a colleague to represent the same organisation. The link in the mail carries a
 * secret; only its hash is stored. Used once, within {@link #VALIDITY}.
 */
@Entity
@Table(name = "organisation_invitation")
@NamedQuery(
        name = OrganisationInvitation.BY_HASH,
        query = "select i from OrganisationInvitation i where i.tokenHash = :hash")
@NamedQuery(
        name = OrganisationInvitation.OF_ORGANISATION,
        query = "select i from OrganisationInvitation i where i.organisation.id = :organisationId "
                + "order by i.createdAt desc")
public class OrganisationInvitation {

    public static final String BY_HASH = "OrganisationInvitation.byHash";
    public static final String OF_ORGANISATION = "OrganisationInvitation.ofOrganisation";
    public static final Duration VALIDITY = Duration.ofDays(14);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "invited_by")
    private Account invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "accepted_by")
    private Account acceptedBy;

    protected OrganisationInvitation() {}

    public OrganisationInvitation(
            Organisation organisation, String email, String tokenHash, Account invitedBy, Instant now) {
        this.organisation = Objects.requireNonNull(organisation);
        this.email = Account.normaliseEmail(Objects.requireNonNull(email));
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.invitedBy = Objects.requireNonNull(invitedBy);
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    /**
     * Joins the account to the organisation; the link works once, not at or after its expiry, and only for the
     * account of the address it was sent to (a forwarded or leaked link does not let another account join).
     */
    public void accept(Account account, Instant now) {
        if (!email.equals(account.getEmail())) {
            throw new BusinessException("organisation.invitationForAnother");
        }
        if (acceptedAt != null) {
            throw new BusinessException("token.used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new BusinessException("token.expired");
        }
        acceptedAt = now;
        acceptedBy = account;
        organisation.addRepresentative(account);
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getEmail() {
        return email;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }
}
