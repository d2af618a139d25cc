package fi.cocreate.testing;

import fi.cocreate.mail.web.MimeText;
import jakarta.mail.Address;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Reads what the real SMTP server of the test run received, and stops or starts it, over the mail sink's HTTP API.
 * Works from inside the container and from the test JVM alike.
 */
public final class MailSinkClient {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final String baseUrl;

    public MailSinkClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The client for the test run's sink (its port is fixed by the build). */
    public static MailSinkClient forTests() {
        return new MailSinkClient("http://127.0.0.1:"
                + Integer.getInteger(
                        "it.sink.port", Integer.parseInt(System.getenv().getOrDefault("IT_SINK_PORT", "33480"))));
    }

    public List<MimeMessage> messages() {
        try {
            String body = HTTP.send(
                            HttpRequest.newBuilder(URI.create(baseUrl + "/messages"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Session session = Session.getInstance(new Properties());
            List<MimeMessage> messages = new ArrayList<>();
            for (String line : body.split("\n")) {
                if (!line.isBlank()) {
                    messages.add(new MimeMessage(
                            session,
                            new ByteArrayInputStream(Base64.getDecoder().decode(line))));
                }
            }
            return messages;
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the mail sink", e);
        }
    }

    /** The mails to one address, in arrival order. */
    public List<MimeMessage> to(String address) {
        return messages().stream().filter(sentTo(address)).toList();
    }

    /** Waits up to {@code timeout} for at least {@code count} mails to the address. */
    public List<MimeMessage> awaitMails(String address, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> found = to(address);
        while (found.size() < count && System.nanoTime() < deadline) {
            sleep(250);
            found = to(address);
        }
        if (found.size() < count) {
            throw new AssertionError(
                    "Expected " + count + " mail(s) to " + address + " within " + timeout + ", got " + found.size());
        }
        return found;
    }

    public void stopSmtp() {
        post("/smtp/stop");
    }

    public void startSmtp() {
        post("/smtp/start");
    }

    public void reset() {
        post("/reset");
    }

    private void post(String path) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + path))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
        } catch (Exception e) {
            throw new IllegalStateException("Mail sink call " + path + " failed", e);
        }
    }

    private static Predicate<MimeMessage> sentTo(String address) {
        return message -> {
            try {
                Address[] recipients = message.getAllRecipients();
                return recipients != null
                        && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (Exception e) {
                return false;
            }
        };
    }

    /** The text/plain part of a mail. */
    public static String text(Part part) {
        try {
            return MimeText.plainText(part);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
