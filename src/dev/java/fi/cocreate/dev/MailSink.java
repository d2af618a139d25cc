package fi.cocreate.dev;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * A real SMTP server (GreenMail) that keeps every mail it receives, plus a small HTTP API on loopback so that the
 * app's dev-only mail page and in-container tests can read what arrived, and tests can stop and restart SMTP to prove
 * that the outbox survives an outage.
 *
 * <p>API: {@code GET /messages} returns one base64-encoded raw MIME message per line, oldest first;
 * {@code POST /reset} forgets them; {@code POST /smtp/stop} and {@code POST /smtp/start} stop and start SMTP.
 */
public final class MailSink implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MailSink.class.getName());

    private final int smtpPort;
    private final HttpServer http;
    private volatile GreenMail greenMail;
    private final boolean logMails;
    /** Mails received before SMTP was stopped; a restarted GreenMail starts empty. */
    private MimeMessage[] keptWhileStopped = new MimeMessage[0];

    private MailSink(int smtpPort, int httpPort, boolean logMails) throws IOException {
        this.smtpPort = smtpPort;
        this.logMails = logMails;
        this.greenMail = newGreenMail();
        this.greenMail.start();
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), httpPort), 0);
        http.createContext("/messages", this::messages);
        http.createContext("/reset", exchange -> command(exchange, this::purge));
        http.createContext("/smtp/stop", exchange -> command(exchange, this::stopSmtp));
        http.createContext("/smtp/start", exchange -> command(exchange, this::startSmtp));
        http.start();
        LOG.info(() -> "Mail sink: SMTP on localhost:" + smtpPort + ", mails readable at " + apiUrl());
    }

    public static MailSink start(int smtpPort, int httpPort, boolean logMails) {
        try {
            return new MailSink(smtpPort, httpPort, logMails);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the mail sink: " + e.getMessage(), e);
        }
    }

    private GreenMail newGreenMail() {
        GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.withConfiguration(com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig()
                .withDisabledAuthentication());
        return mail;
    }

    private synchronized void purge() {
        keptWhileStopped = new MimeMessage[0];
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException("Could not purge the mail sink", e);
        }
    }

    public int smtpPort() {
        return smtpPort;
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    public MimeMessage[] received() {
        return greenMail.getReceivedMessages();
    }

    public synchronized void stopSmtp() {
        if (!greenMail.isRunning()) {
            return;
        }
        keptWhileStopped = all();
        greenMail.stop();
        LOG.info("Mail sink: SMTP stopped (" + keptWhileStopped.length + " mails kept)");
    }

    public synchronized void startSmtp() {
        if (greenMail.isRunning()) {
            return;
        }
        greenMail = newGreenMail();
        greenMail.start();
        LOG.info("Mail sink: SMTP started again");
    }

    private synchronized MimeMessage[] all() {
        MimeMessage[] current = greenMail.isRunning() ? greenMail.getReceivedMessages() : new MimeMessage[0];
        MimeMessage[] both = Arrays.copyOf(keptWhileStopped, keptWhileStopped.length + current.length);
        System.arraycopy(current, 0, both, keptWhileStopped.length, current.length);
        return both;
    }

    private void messages(HttpExchange exchange) throws IOException {
        StringBuilder body = new StringBuilder();
        for (MimeMessage message : all()) {
            try {
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                message.writeTo(raw);
                body.append(Base64.getEncoder().encodeToString(raw.toByteArray()))
                        .append('\n');
            } catch (Exception e) {
                LOG.warning("Could not serialise a received mail: " + e.getMessage());
            }
        }
        reply(exchange, 200, body.toString());
    }

    private void command(HttpExchange exchange, Runnable action) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            reply(exchange, 405, "POST only\n");
            return;
        }
        action.run();
        reply(exchange, 200, "ok\n");
    }

    private static void reply(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=us-ascii");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Logs a one-line summary of every mail received since the last call: the dev run's "mail in the log". */
    public int logNewMails(int alreadyLogged) {
        MimeMessage[] messages = all();
        for (int i = alreadyLogged; i < messages.length && logMails; i++) {
            MimeMessage m = messages[i];
            try {
                String to = m.getAllRecipients() == null
                        ? ""
                        : Arrays.stream(m.getAllRecipients())
                                .map(Address::toString)
                                .collect(Collectors.joining(", "));
                LOG.info("MAIL to " + to + ": " + m.getSubject());
            } catch (Exception e) {
                LOG.warning("Could not read a received mail: " + e.getMessage());
            }
        }
        return messages.length;
    }

    @Override
    public void close() {
        http.stop(0);
        greenMail.stop();
    }
}
