package fi.cocreate.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where people reach the people who run the service, for the accessibility statement and the privacy notice:
 * {@code FEEDBACK_EMAIL}, else the first administrator's {@code ADMIN_EMAIL}.
 */
@Named
@ApplicationScoped
public class ServiceContact {

    @Inject
    @ConfigProperty(name = "FEEDBACK_EMAIL")
    Optional<String> feedbackEmail;

    @Inject
    @ConfigProperty(name = "ADMIN_EMAIL")
    Optional<String> adminEmail;

    public String getEmail() {
        return feedbackEmail
                .filter(s -> !s.isBlank())
                .or(() -> adminEmail.filter(s -> !s.isBlank()))
                .orElse("");
    }
}
