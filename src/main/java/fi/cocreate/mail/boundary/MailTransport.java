package fi.cocreate.mail.boundary;

import fi.cocreate.mail.entity.OutboxAttachment;
import fi.cocreate.mail.entity.OutboxMail;
import jakarta.activation.DataHandler;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends one outbox mail over SMTP with Jakarta Mail. The server comes from configuration: {@code SMTP_HOST},
 * {@code SMTP_PORT}, optional {@code SMTP_USER}/{@code SMTP_PASSWORD}, {@code SMTP_STARTTLS} or {@code SMTP_SSL},
 * and the sender {@code MAIL_FROM}.
 */
@ApplicationScoped
public class MailTransport {

    @Inject
    @ConfigProperty(name = "SMTP_HOST", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "SMTP_PORT", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "SMTP_USER")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "SMTP_PASSWORD")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "SMTP_STARTTLS", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "SMTP_SSL", defaultValue = "false")
    boolean ssl;

    @Inject
    @ConfigProperty(name = "MAIL_FROM", defaultValue = "Cocreate <no-reply@localhost>")
    String from;

    private Session session;

    @PostConstruct
    void connect() {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        props.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        props.put("mail.smtp.starttls.required", String.valueOf(startTls));
        props.put("mail.smtp.ssl.enable", String.valueOf(ssl));
        boolean auth = user.filter(u -> !u.isBlank()).isPresent();
        props.put("mail.smtp.auth", String.valueOf(auth));
        session = auth
                ? Session.getInstance(props, new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(user.get(), password.orElse(""));
                    }
                })
                : Session.getInstance(props);
    }

    public void send(OutboxMail mail) throws MessagingException {
        MimeMessage message = new StableIdMessage(
                session, "<outbox-" + mail.getId() + "." + mail.getCreatedAt().toEpochMilli() + "@cocreate>");
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient()));
        message.setSubject(mail.getSubject(), "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("Content-Language", mail.getLanguage());
        if (mail.getListUnsubscribe() != null) {
            message.setHeader("List-Unsubscribe", "<" + mail.getListUnsubscribe() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getTextBody(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.getHtmlBody(), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        if (mail.getAttachments().isEmpty()) {
            message.setContent(alternative);
        } else {
            message.setContent(withAttachments(alternative, mail));
        }
        Transport.send(message);
    }

    /** multipart/mixed: the text/html alternative first, then each attached file. */
    private static MimeMultipart withAttachments(MimeMultipart alternative, OutboxMail mail) throws MessagingException {
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeMultipart mixed = new MimeMultipart("mixed", body);
        for (OutboxAttachment attachment : mail.getAttachments()) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(
                    new DataHandler(new ByteArrayDataSource(attachment.getContent(), attachment.getContentType())));
            part.setFileName(attachment.getFilename());
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            mixed.addBodyPart(part);
        }
        return mixed;
    }

    /**
     * Keeps the Message-ID derived from the outbox row, so in the rare case a mail is sent again after a crash between
     * the SMTP hand-over and the database commit, mail clients see the same message and can drop the copy.
     */
    private static final class StableIdMessage extends MimeMessage {
        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
