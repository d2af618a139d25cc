package fi.cocreate.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds absolute links for mails from the configured public base URL ({@code PUBLIC_BASE_URL}). */
@ApplicationScoped
public class PublicLinks {

    @Inject
    @ConfigProperty(name = "PUBLIC_BASE_URL", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** An absolute link to a page given by its path from the application root, e.g. {@code /verify.xhtml?token=…}. */
    public String page(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
