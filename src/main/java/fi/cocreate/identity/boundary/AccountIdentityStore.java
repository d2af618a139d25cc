package fi.cocreate.identity.boundary;

import fi.cocreate.identity.entity.Account;
import fi.cocreate.identity.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The database identity store: checks the email and PBKDF2 password hash of a verified, enabled account and gives its
 * roles as groups. Failed logins count for the address and for the client ({@link ClientAddresses}). Unverified or disabled accounts are refused here; the login page explains why.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Inject
    ClientAddresses clients;

    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return accounts.authenticate(credential.getCaller(), credential.getPasswordAsString(), clients.of(request))
                .map(account -> new CredentialValidationResult(account.getEmail(), groups(account)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static Set<String> groups(Account account) {
        return account.getRoles().stream().map(Role::name).collect(Collectors.toSet());
    }
}
