package fi.cocreate.identity.boundary;

import fi.cocreate.identity.control.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client address of a request, for the per-client login limit. {@code TRUSTED_PROXIES} (comma-separated
 * addresses, MicroProfile Config) names the reverse proxies whose {@code X-Forwarded-For} is believed; behind a proxy
 * that is not named, every client looks like the proxy and shares one limit.
 */
@ApplicationScoped
public class ClientAddresses {

    @Inject
    @ConfigProperty(name = "TRUSTED_PROXIES")
    Optional<String> trustedProxies;

    private Set<String> trusted;

    public String of(HttpServletRequest request) {
        if (trusted == null) {
            trusted = ClientAddress.trustedProxies(trustedProxies.orElse(null));
        }
        return ClientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted);
    }
}
