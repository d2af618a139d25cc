package fi.cocreate.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Jakarta Security's PBKDF2 password hash, set up once: HMAC-SHA512 with 210,000 iterations by default (OWASP's
 * recommendation). The stored hash records its own parameters, so raising the iterations later keeps old hashes valid.
 */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "PASSWORD_HASH_ITERATIONS", defaultValue = "210000")
    int iterations;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return password != null && storedHash != null && hash.verify(password.toCharArray(), storedHash);
    }

    private volatile String unmatchable;

    /**
     * Checks a password against a hash of a random secret: costs what a real check costs, so a login for an unknown
     * email takes as long as one with a wrong password and response times do not reveal who has an account.
     */
    public void spendTimeLikeAMatch(String password) {
        if (unmatchable == null) {
            unmatchable = hash(java.util.UUID.randomUUID().toString());
        }
        matches(password == null ? "" : password, unmatchable);
    }
}
