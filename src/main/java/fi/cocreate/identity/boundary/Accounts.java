package fi.cocreate.identity.boundary;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.Found;
import fi.cocreate.common.LastEdit;
import fi.cocreate.common.PlainText;
import fi.cocreate.common.PublicLinks;
import fi.cocreate.identity.control.PasswordPolicy;
import fi.cocreate.identity.control.SecretTokens;
import fi.cocreate.identity.entity.Account;
import fi.cocreate.identity.entity.AccountToken;
import fi.cocreate.identity.entity.LoginThrottle;
import fi.cocreate.identity.entity.LoginThrottle.Scope;
import fi.cocreate.identity.entity.Role;
import fi.cocreate.identity.entity.TokenPurpose;
import fi.cocreate.mail.boundary.Outbox;
import fi.cocreate.mail.control.MailKind;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Accounts and their life cycle: self-registration with email verification, login checks, password reset, and the
 * administrator's role changes (each one fired as {@link RoleChanged} for the audit log). Every mail is queued in the
 * outbox in the same transaction as the change.
 */
@Stateless
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    /** Why a login failed, as far as it is safe to tell. */
    public enum LoginProblem {
        INVALID_CREDENTIALS,
        EMAIL_NOT_VERIFIED,
        DISABLED,
        LOCKED,
        CLIENT_PAUSED
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Outbox outbox;

    @Inject
    PublicLinks links;

    @Inject
    Clock clock;

    @Inject
    Event<RoleChanged> roleChanges;

    public Optional<Account> findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normaliseEmail(email))
                .getResultStream()
                .findFirst();
    }

    /** The account with its roles, in one statement; empty if there is none. */
    public Optional<Account> findById(long id) {
        return em.createNamedQuery(Account.BY_ID_WITH_ROLES, Account.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    public Account find(long id) {
        return Found.find(em, Account.class, id, "account.notFound");
    }

    /** As {@link #authenticate(String, String, String)} from a client that is not known (in-container callers). */
    public Optional<Account> authenticate(String email, String password) {
        return authenticate(email, password, null);
    }

    /**
     * The account for a login, if the password matches, the account may log in, and logins are not paused after
     * repeated failures, neither for the address nor for the client ({@link LoginThrottle}, one row each, locked in
     * that order). A wrong password or an unknown address counts as a failure for both; a refused attempt during a
     * pause counts for neither. A success forgets the address's failures but not the client's, so a sprayer who knows
     * one password cannot reset its own count with it.
     */
    public Optional<Account> authenticate(String email, String password, String client) {
        Instant now = clock.instant();
        LoginThrottle byClient = throttle(Scope.CLIENT, client);
        LoginThrottle byAccount = throttle(Scope.ACCOUNT, email);
        if (byClient != null && byClient.isPausedAt(now) || byAccount != null && byAccount.isPausedAt(now)) {
            passwords.spendTimeLikeAMatch(password);
            return Optional.empty();
        }
        Optional<Account> account = findByEmail(email);
        boolean matches;
        if (account.isEmpty()) {
            // Spend the same time as a real check so response times do not reveal which emails have accounts.
            passwords.spendTimeLikeAMatch(password);
            matches = false;
        } else {
            matches = passwords.matches(password, account.get().getPasswordHash());
        }
        if (!matches) {
            recordFailedLogin(Scope.CLIENT, client, byClient, now);
            recordFailedLogin(Scope.ACCOUNT, email, byAccount, now);
            return Optional.empty();
        }
        if (byAccount != null) {
            em.remove(byAccount);
        }
        return account.get().canLogIn() ? account : Optional.empty();
    }

    private LoginThrottle throttle(Scope scope, String address) {
        return address == null || address.isBlank()
                ? null
                : em.find(LoginThrottle.class, throttleKey(scope, address), LockModeType.PESSIMISTIC_WRITE);
    }

    private void recordFailedLogin(Scope scope, String address, LoginThrottle known, Instant now) {
        if (address == null || address.isBlank()) {
            return;
        }
        LoginThrottle throttle = known;
        if (throttle == null) {
            // INSERT IGNORE, then lock: two servers counting the first failure of one key at once both succeed.
            em.createNativeQuery("INSERT IGNORE INTO login_throttle (throttle_key, scope, failures, last_failure_at,"
                            + " version) VALUES (?, ?, 0, ?, 0)")
                    .setParameter(1, throttleKey(scope, address))
                    .setParameter(2, scope.name())
                    .setParameter(3, java.time.LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                    .executeUpdate();
            throttle = throttle(scope, address);
        }
        throttle.recordFailure(now);
        if (throttle.isPausedAt(now)) {
            Instant until = throttle.getPausedUntil();
            LOG.warning(() -> "Logins paused for one " + scope.name().toLowerCase(java.util.Locale.ROOT)
                    + " address after repeated failures until " + until);
        }
    }

    private static String throttleKey(Scope scope, String address) {
        return scope == Scope.ACCOUNT
                ? SecretTokens.hash(Account.normaliseEmail(address))
                : SecretTokens.hash("client:" + address.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private long pauseMinutes(Scope scope, String address) {
        LoginThrottle throttle =
                address == null || address.isBlank() ? null : em.find(LoginThrottle.class, throttleKey(scope, address));
        return throttle == null ? 0 : throttle.minutesLeft(clock.instant());
    }

    /** Minutes until a paused address may try again; 0 if it is not paused. */
    public long loginLockMinutes(String email) {
        return pauseMinutes(Scope.ACCOUNT, email);
    }

    /** Minutes until a paused client may try again; 0 if it is not paused. */
    public long clientPauseMinutes(String client) {
        return pauseMinutes(Scope.CLIENT, client);
    }

    /**
     * After a refused login: a pause of the client or of the address, or an unverified or disabled account (told only
     * to someone who knew the password).
     */
    public LoginProblem explainFailedLogin(String email, String password, String client) {
        if (clientPauseMinutes(client) > 0) {
            return LoginProblem.CLIENT_PAUSED;
        }
        if (loginLockMinutes(email) > 0) {
            return LoginProblem.LOCKED;
        }
        return findByEmail(email)
                .filter(account -> passwords.matches(password, account.getPasswordHash()))
                .map(account -> !account.isEnabled()
                        ? LoginProblem.DISABLED
                        : !account.isEmailVerified()
                                ? LoginProblem.EMAIL_NOT_VERIFIED
                                : LoginProblem.INVALID_CREDENTIALS)
                .orElse(LoginProblem.INVALID_CREDENTIALS);
    }

    /**
     * Self-registration. Creates an unverified account and mails a verification link. If the address already has an
     * account, nothing is created and that address is told so by mail instead, so the form never reveals who is
     * registered.
     */
    public void register(
            @NotBlank @Email(regexp = PlainText.EMAIL_CHARACTERS) @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String name,
            @NotNull String password,
            String language,
            @NotNull Role role) {
        if (!role.isSelfService()) {
            throw new BusinessException("registration.roleNotAllowed");
        }
        if (PlainText.name(name).isEmpty()) {
            throw new BusinessException("name.invisible");
        }
        PasswordPolicy.check(password, email);
        Optional<Account> existing = findByEmail(email);
        // Both paths hash the password, so the time to answer does not tell whether the address is registered.
        String hash = passwords.hash(password);
        if (existing.isPresent()) {
            Account account = existing.get();
            outbox.queue(
                    account.getEmail(),
                    account.getLanguage(),
                    MailKind.ACCOUNT_EXISTS,
                    account.getDisplayName(),
                    links.page("/forgot-password.xhtml"));
            return;
        }
        Account account = new Account(email, name, hash, language, clock.instant());
        account.grant(role);
        em.persist(account);
        sendVerification(account);
    }

    /**
     * Erases the person from an account (see {@link Account#erase}): its links are deleted and its password becomes the
     * hash of a random secret nobody knows. The caller has checked that the account holder asked for it.
     */
    public Account erase(long accountId) {
        Account account = find(accountId);
        em.createQuery("delete from AccountToken t where t.account = :account")
                .setParameter("account", account)
                .executeUpdate();
        account.erase(passwords.hash(SecretTokens.newToken()), clock.instant());
        LOG.info(() -> "Account " + accountId + " erased at its holder's request");
        return account;
    }

    /**
     * Deletes the accounts whose address was never verified and that were made before {@code createdBefore}: such an
     * account cannot log in, so it holds nothing but the name and address typed into the form. Returns how many.
     */
    public int deleteUnverifiedBefore(Instant createdBefore) {
        // Only an account that nothing else refers to: an unverified account that staff set up and that verified an
        // organisation, invited someone, wrote or uploaded something stays (its rows would otherwise block the
        // delete, and the round would fail for everyone). Rows that cascade (roles, tokens, memberships) go with it.
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT a.id FROM account a WHERE a.email_verified_at IS NULL"
                        + " AND a.created_at < ?1"
                        + " AND NOT EXISTS (SELECT 1 FROM organisation o WHERE o.verified_by = a.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM organisation_invitation i WHERE i.invited_by = a.id"
                        + " OR i.accepted_by = a.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM response r WHERE r.author_id = a.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM response_version v WHERE v.author_id = a.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM attachment t WHERE t.uploaded_by = a.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM panel_discussion_post p WHERE p.author_id = a.id)")
                .setParameter(1, java.time.LocalDateTime.ofInstant(createdBefore, java.time.ZoneOffset.UTC))
                .getResultList();
        int deleted = 0;
        for (Object id : ids) {
            Account account = em.find(Account.class, ((Number) id).longValue());
            if (account != null) {
                em.remove(account);
                deleted++;
            }
        }
        return deleted;
    }

    /** Mails a fresh verification link to an unverified account; silently does nothing otherwise. */
    public void resendVerification(String email) {
        findByEmail(email).filter(account -> !account.isEmailVerified()).ifPresent(this::sendVerification);
    }

    private void sendVerification(Account account) {
        String token = newToken(account, TokenPurpose.VERIFY_EMAIL);
        outbox.queue(
                account.getEmail(),
                account.getLanguage(),
                MailKind.ACCOUNT_VERIFY,
                account.getDisplayName(),
                links.page("/verify.xhtml?token=" + token));
    }

    /** Activates the account whose verification link this is. */
    public Account verifyEmail(String token) {
        Account account = redeem(token, TokenPurpose.VERIFY_EMAIL);
        account.verifyEmail(clock.instant());
        LOG.info(() -> "Email verified for account " + account.getId());
        return account;
    }

    /** Mails a password reset link if the address has an account; the caller always shows the same answer. */
    public void requestPasswordReset(String email) {
        findByEmail(email).filter(Account::isEnabled).ifPresent(account -> {
            String token = newToken(account, TokenPurpose.RESET_PASSWORD);
            outbox.queue(
                    account.getEmail(),
                    account.getLanguage(),
                    MailKind.PASSWORD_RESET,
                    account.getDisplayName(),
                    links.page("/reset-password.xhtml?token=" + token));
        });
    }

    /**
     * Sets a new password through a reset link; using the link also proves the address, so it verifies it. Every
     * login session of the account ends (its credential version changes, checked on each request on every server),
     * every other reset link of the account stops working, and a login pause from failed attempts is lifted: the
     * owner who proved the address can log in at once with the new password, however many guesses others made.
     */
    public Account resetPassword(String token, String newPassword) {
        AccountToken stored = findToken(token);
        PasswordPolicy.check(newPassword, stored.getAccount().getEmail());
        Instant now = clock.instant();
        Account account = stored.redeem(TokenPurpose.RESET_PASSWORD, now);
        account.changePassword(passwords.hash(newPassword));
        account.verifyEmail(now);
        em.createNamedQuery(AccountToken.OPEN_OF_ACCOUNT, AccountToken.class)
                .setParameter("account", account)
                .setParameter("purpose", TokenPurpose.RESET_PASSWORD)
                .getResultList()
                .forEach(other -> other.withdraw(now));
        LoginThrottle throttle = throttle(Scope.ACCOUNT, account.getEmail());
        if (throttle != null) {
            em.remove(throttle);
        }
        return account;
    }

    /** Creates an account directly (administrators, the first admin from configuration, demo data). */
    public Account create(
            String email, String name, String password, String language, Collection<Role> roles, boolean verified) {
        if (findByEmail(email).isPresent()) {
            throw new BusinessException("account.emailTaken", email);
        }
        PasswordPolicy.check(password, email);
        return createWithHash(email, name, passwords.hash(password), language, roles, verified);
    }

    /** As {@link #create}, with a hash computed once for many accounts (demo data). */
    public Account createWithHash(
            String email, String name, String passwordHash, String language, Collection<Role> roles, boolean verified) {
        Account account = new Account(email, name, passwordHash, language, clock.instant());
        roles.forEach(account::grant);
        if (verified) {
            account.verifyEmail(clock.instant());
        }
        em.persist(account);
        return account;
    }

    public String hashPassword(String password) {
        return passwords.hash(password);
    }

    public boolean anyWithRole(Role role) {
        return em.createNamedQuery(Account.COUNT_WITH_ROLE, Long.class)
                        .setParameter("role", role)
                        .getSingleResult()
                > 0;
    }

    public List<Account> all() {
        return em.createNamedQuery(Account.ALL, Account.class).getResultList();
    }

    public Account setRole(long accountId, Role role, boolean granted) {
        return setRole(accountId, role, granted, null, null);
    }

    /**
     * As above, by {@code editor} from a page that showed the account at {@code seenVersion}: refused, naming who
     * changed the account and when, if it changed since, so a stale page never undoes another administrator's grant.
     */
    public Account setRole(long accountId, Role role, boolean granted, Long seenVersion, String editor) {
        Account account = find(accountId);
        LastEdit.requireSeen(seenVersion, account.getVersion(), account.getLastEdit());
        account.edited(editor, clock.instant());
        boolean changes = account.has(role) != granted;
        if (granted) {
            account.grant(role);
        } else {
            if (role == Role.ADMIN
                    && account.has(Role.ADMIN)
                    && em.createNamedQuery(Account.COUNT_WITH_ROLE, Long.class)
                                    .setParameter("role", Role.ADMIN)
                                    .getSingleResult()
                            <= 1) {
                throw new BusinessException("account.lastAdmin");
            }
            account.revoke(role);
        }
        if (changes) {
            roleChanges.fire(new RoleChanged(account.getId(), account.getEmail(), role, granted));
        }
        return account;
    }

    public void changeLanguage(String email, String language) {
        findByEmail(email).ifPresent(account -> account.chooseLanguage(language));
    }

    private String newToken(Account account, TokenPurpose purpose) {
        String token = SecretTokens.newToken();
        em.persist(new AccountToken(account, purpose, SecretTokens.hash(token), clock.instant()));
        return token;
    }

    private Account redeem(String token, TokenPurpose purpose) {
        return findToken(token).redeem(purpose, clock.instant());
    }

    private AccountToken findToken(String token) {
        return SecretTokens.find(
                token,
                hash -> em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
                        .setParameter("hash", hash)
                        .getResultStream()
                        .findFirst());
    }
}
