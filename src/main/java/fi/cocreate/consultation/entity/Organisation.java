package fi.cocreate.consultation.entity;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LastEdit;
import fi.cocreate.common.PlainText;
import fi.cocreate.consultation.control.BusinessId;
import fi.cocreate.identity.entity.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * An organisation that gives written feedback: identified by a Finnish business ID (Y-tunnus, checksum-checked) or an
 * association register number. Its representatives are accounts with the ORG_REP role, each acting for one
 * organisation. Staff verify it before its responses count as the organisation's.
 */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.ALL, query = "select o from Organisation o order by o.name")
@NamedQuery(
        name = Organisation.OF_REPRESENTATIVE,
        query = "select o from Organisation o join o.representatives r where r.id = :accountId")
@NamedQuery(name = Organisation.BY_BUSINESS_ID, query = "select o from Organisation o where o.businessId = :businessId")
@NamedQuery(
        name = Organisation.BY_REGISTER_NUMBER,
        query = "select o from Organisation o where o.registerNumber = :registerNumber")
public class Organisation implements Serializable {

    public static final String ALL = "Organisation.all";
    public static final String OF_REPRESENTATIVE = "Organisation.ofRepresentative";
    public static final String BY_BUSINESS_ID = "Organisation.byBusinessId";
    public static final String BY_REGISTER_NUMBER = "Organisation.byRegisterNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "business_id", length = 9)
    private String businessId;

    @Column(name = "register_number", length = 20)
    private String registerNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", nullable = false, length = 40)
    private OrganisationType type;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "verified_by")
    private Account verifiedBy;

    @BatchFetch(BatchFetchType.EXISTS)
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "organisation_representative",
            joinColumns = @JoinColumn(name = "organisation_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> representatives = new LinkedHashSet<>();

    /** The representatives who may submit the organisation's official response and name who else may. */
    @BatchFetch(BatchFetchType.EXISTS)
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "organisation_approver",
            joinColumns = @JoinColumn(name = "organisation_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> approvers = new LinkedHashSet<>();

    @Embedded
    private LastEdit lastEdit;

    @Version
    private long version;

    protected Organisation() {}

    /**
     * A new, unverified organisation. Needs a valid business ID or a register number (or both); the business ID is
     * stored in its canonical form {@code 1234567-8}.
     */
    public Organisation(
            String name, String businessId, String registerNumber, OrganisationType type, Instant createdAt) {
        this.name = PlainText.name(Objects.requireNonNull(name, "Name is required."));
        if (this.name.isEmpty()) {
            throw new BusinessException("organisation.nameRequired");
        }
        this.businessId = blankToNull(businessId) == null ? null : BusinessId.canonical(businessId);
        this.registerNumber = blankToNull(registerNumber);
        if (this.businessId == null && this.registerNumber == null) {
            throw new BusinessException("organisation.identifierRequired");
        }
        this.type = Objects.requireNonNull(type, "Type is required.");
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /**
     * Adds a representative. The first one (who registers the organisation) is its approver; everyone who joins later
     * drafts until an approver gives them the right.
     */
    public void addRepresentative(Account account) {
        representatives.add(Objects.requireNonNull(account));
        if (approvers.isEmpty()) {
            approvers.add(account);
        }
    }

    /**
     * Removes a representative (an erased account) and its approver right. If that leaves nobody who may approve, all
     * remaining representatives become approvers, so the organisation is never locked out of submitting.
     */
    public void removeRepresentative(Account account) {
        representatives.removeIf(r -> same(r, account));
        approvers.removeIf(r -> same(r, account));
        if (approvers.isEmpty()) {
            approvers.addAll(representatives);
        }
    }

    /** Whether this account may submit the organisation's official response. */
    public boolean isApprover(Account account) {
        return account != null && approvers.stream().anyMatch(a -> same(a, account));
    }

    /** Refuses anyone but an approver of this organisation, with a message saying who may submit. */
    public void requireApprover(Account account) {
        if (!isApprover(account)) {
            throw new BusinessException("response.approverRequired");
        }
    }

    /** An approver gives a fellow representative the right to approve and submit. */
    public void grantApproval(Account by, Account representative) {
        requireApproverToManage(by, representative);
        approvers.add(representative);
    }

    /** An approver takes the right away from a representative (also from themself); the last approver stays. */
    public void revokeApproval(Account by, Account representative) {
        requireApproverToManage(by, representative);
        if (isApprover(representative) && approvers.size() == 1) {
            throw new BusinessException("organisation.lastApprover");
        }
        approvers.removeIf(a -> same(a, representative));
    }

    private void requireApproverToManage(Account by, Account representative) {
        if (!isApprover(by)) {
            throw new BusinessException("organisation.approversOnly");
        }
        if (!isRepresentedBy(representative)) {
            throw new fi.cocreate.common.AccessDenied("access.denied");
        }
    }

    /** The approvers, who are mailed when a drafter asks for approval. */
    public Set<Account> getApprovers() {
        return Collections.unmodifiableSet(approvers);
    }

    /** The same account: the same object, or the same stored id. */
    private static boolean same(Account one, Account other) {
        return one == other || one.getId() != null && one.getId().equals(other.getId());
    }

    /** Forgets who last edited the details when that was {@code email} (an erased account). */
    public void forgetEditor(String email) {
        if (lastEdit != null && email.equals(lastEdit.getBy())) {
            lastEdit = new LastEdit(null, lastEdit.getAt());
        }
    }

    public boolean isRepresentedBy(Account account) {
        return account != null && representatives.stream().anyMatch(r -> same(r, account));
    }

    public boolean isRepresentedBy(long accountId) {
        return representatives.stream().anyMatch(r -> r.getId() == accountId);
    }

    public void verify(Account staff, Instant at) {
        this.verifiedAt = Objects.requireNonNull(at);
        this.verifiedBy = staff;
    }

    public void withdrawVerification() {
        this.verifiedAt = null;
        this.verifiedBy = null;
    }

    /** Whether staff have verified the organisation, so that its responses count as the organisation's. */
    public boolean isVerified() {
        return verifiedAt != null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getBusinessId() {
        return businessId;
    }

    public String getRegisterNumber() {
        return registerNumber;
    }

    public OrganisationType getType() {
        return type;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public Set<Account> getRepresentatives() {
        return Collections.unmodifiableSet(representatives);
    }

    /** The optimistic-lock version; an editing page keeps the one it showed and the boundary compares it. */
    public long getVersion() {
        return version;
    }

    /** Who saved this last and when, to name them to someone saving from an older page; null before any edit. */
    public LastEdit getLastEdit() {
        return lastEdit;
    }

    /** Records a save by {@code by} (a display name or email) at {@code at}; the version moves with it. */
    public void edited(String by, java.time.Instant at) {
        this.lastEdit = new LastEdit(by, at);
    }
}
