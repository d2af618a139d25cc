package fi.cocreate.mail.web;

import fi.cocreate.common.AccessDenied;
import fi.cocreate.common.Found;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dev-only page that shows what the embedded mail sink received. It exists only when {@code DEV_MAIL_SINK_URL} is
 * configured (the embedded default); anywhere else the page answers 404.
 */
@Named
@RequestScoped
public class DevMailbox {

    /** One received mail as the page shows it. */
    public record ReceivedMail(String to, String subject, String text) {
        // Getters for EL, which does not read record components.
        public String getTo() {
            return to;
        }

        public String getSubject() {
            return subject;
        }

        public String getText() {
            return text;
        }
    }

    @Inject
    @ConfigProperty(name = "DEV_MAIL_SINK_URL")
    Optional<String> sinkUrl;

    private List<ReceivedMail> mails = List.of();

    public void load() throws IOException {
        // web.xml already lets only ADMIN in; asked again here so a changed constraint cannot open every user's mail.
        if (!FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN")) {
            throw new AccessDenied();
        }
        Found.found(sinkUrl, "notFound"); // no mail sink configured: there is no mailbox to show
        try {
            HttpResponse<String> response = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(3))
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(sinkUrl.get() + "/messages"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            Session session = Session.getInstance(new Properties());
            List<ReceivedMail> read = new ArrayList<>();
            for (String line : response.body().split("\n")) {
                if (!line.isBlank()) {
                    read.add(parse(new MimeMessage(
                            session,
                            new ByteArrayInputStream(Base64.getDecoder().decode(line)))));
                }
            }
            Collections.reverse(read);
            mails = read;
        } catch (Exception e) {
            throw new IOException("The mail sink could not be read: " + e.getMessage(), e);
        }
    }

    private static ReceivedMail parse(MimeMessage message) throws Exception {
        String to = message.getAllRecipients() == null
                ? ""
                : Arrays.stream(message.getAllRecipients())
                        .map(Address::toString)
                        .collect(Collectors.joining(", "));
        return new ReceivedMail(to, message.getSubject(), MimeText.plainText(message));
    }

    public List<ReceivedMail> getMails() {
        return mails;
    }
}
