package fi.cocreate.identity.entity;

import fi.cocreate.common.LastEdit;
import fi.cocreate.common.PlainText;
import fi.cocreate.common.SupportedLanguage;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** A person who can log in. The email address is the login name; it is stored lower-case. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "select a from Account a where a.email = :email")
@NamedQuery(name = Account.COUNT_WITH_ROLE, query = "select count(a) from Account a join a.roles r where r = :role")
@NamedQuery(
        name = Account.BY_ID_WITH_ROLES,
        query = "select distinct a from Account a left join fetch a.roles where a.id = :id")
@NamedQuery(name = Account.ALL, query = "select a from Account a order by a.email")
public class Account implements Serializable {

    public static final String BY_EMAIL = "Account.byEmail";
    public static final String COUNT_WITH_ROLE = "Account.countWithRole";
    public static final String ALL = "Account.all";
    public static final String BY_ID_WITH_ROLES = "Account.byIdWithRoles";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Embedded
    private LastEdit lastEdit;

    @Column(name = "credential_version", nullable = false)
    private int credentialVersion;

    @Version
    private long version;

    protected Account() {}

    public Account(String email, String displayName, String passwordHash, String language, Instant createdAt) {
        this.email = normaliseEmail(Objects.requireNonNull(email, "Email is required."));
        this.displayName = PlainText.name(Objects.requireNonNull(displayName, "Name is required."));
        this.passwordHash = Objects.requireNonNull(passwordHash, "Password hash is required.");
        this.language = SupportedLanguage.orDefault(language);
        this.createdAt = Objects.requireNonNull(createdAt, "Creation time is required.");
    }

    public static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public void grant(Role role) {
        roles.add(Objects.requireNonNull(role));
    }

    public void revoke(Role role) {
        roles.remove(role);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public void verifyEmail(Instant at) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = at;
        }
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    /** Whether this account may log in at all: verified and not disabled. */
    public boolean canLogIn() {
        return enabled && isEmailVerified();
    }

    /** A new password also ends every login session opened with the old one (see {@link #getCredentialVersion}). */
    public void changePassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        endAllSessions();
    }

    /** Every login session of this account ends at its next request, on every server. */
    public void endAllSessions() {
        credentialVersion++;
    }

    /** The version a login session must carry to stay valid; bumped by {@link #endAllSessions()}. */
    public int getCredentialVersion() {
        return credentialVersion;
    }

    public void disable() {
        enabled = false;
    }

    /**
     * Erases the person from the account at their request: the address and name are replaced by placeholders, the
     * password can no longer match, every role is withdrawn and every session ends. The row stays, so that the
     * organisation's responses and the audit log still point at a record (of nobody in particular).
     */
    public void erase(String unusablePasswordHash, Instant at) {
        email = erasedAddress(id);
        displayName = "-";
        passwordHash = Objects.requireNonNull(unusablePasswordHash);
        roles.clear();
        enabled = false;
        endAllSessions();
        edited(null, at);
    }

    /** The placeholder an erased account's address becomes: unique, and in a domain that can never receive mail. */
    public static String erasedAddress(long id) {
        return "erased-" + id + "@erased.invalid";
    }

    public boolean isErased() {
        return email.equals(erasedAddress(id));
    }

    public void enable() {
        enabled = true;
    }

    public void chooseLanguage(String language) {
        this.language = SupportedLanguage.orDefault(language);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
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
