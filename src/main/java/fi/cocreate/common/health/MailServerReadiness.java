package fi.cocreate.common.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the mail relay greets us ({@code SMTP_HOST}:{@code SMTP_PORT} answers {@code 220}). Mails wait
 * safely in the outbox while the relay is away, so this tells a rollout and monitoring rather than protecting the
 * people using the app; docs/deploy.md explains why the balancer checks {@code /health/live} instead.
 */
@Readiness
@ApplicationScoped
public class MailServerReadiness implements HealthCheck {

    @Inject
    @ConfigProperty(name = "SMTP_HOST", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "SMTP_PORT", defaultValue = "25")
    int port;

    @Override
    public HealthCheckResponse call() {
        String relay = host + ":" + port;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            socket.setSoTimeout(2000);
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String greeting = in.readLine();
            OutputStream out = socket.getOutputStream();
            out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            boolean up = greeting != null && greeting.startsWith("220");
            return HealthCheckResponse.named("mail-relay")
                    .status(up)
                    .withData("relay", relay)
                    .build();
        } catch (IOException e) {
            return HealthCheckResponse.named("mail-relay")
                    .down()
                    .withData("relay", relay)
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
