package fi.cocreate.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Jakarta Security's PBKDF2 password hash, set up once: HMAC-SHA512 with 210,000 iterations by default (OWASP's
 * recommendation). The stored hash records its own parameters, so raising the iterations later keeps old hashes valid.
 *
 * <p>One hash costs a core about a fifth of a second. So that a burst of logins (everyone logging in at 9:00 before a
 * deadline) cannot take every core from the people already working, at most {@code PASSWORD_HASH_CONCURRENCY} hashes
 * run at once (default: one less than the cores, at least one); the other logins wait their turn in arrival order.
 * The deadline-rush benchmark's login burst measures it (docs/benchmarks.md).
 */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "PASSWORD_HASH_ITERATIONS", defaultValue = "210000")
    int iterations;

    @Inject
    @ConfigProperty(name = "PASSWORD_HASH_CONCURRENCY", defaultValue = "0")
    int concurrency;

    private Semaphore running;

    @PostConstruct
    void configure() {
        int permits =
                concurrency > 0 ? concurrency : Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        running = new Semaphore(permits, true);
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    public String hash(String password) {
        return inTurn(() -> hash.generate(password.toCharArray()));
    }

    public boolean matches(String password, String storedHash) {
        return password != null && storedHash != null && inTurn(() -> hash.verify(password.toCharArray(), storedHash));
    }

    private <T> T inTurn(Supplier<T> work) {
        running.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            running.release();
        }
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
