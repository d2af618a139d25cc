package fi.cocreate.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How {@link PageClient} posts a form with a file input: as a browser does, the page's own fields and the file. */
class PageClientTest {

    private static final String PAGE = "<html><body><form id=\"wizard\" method=\"post\" action=\"/post\""
            + " enctype=\"multipart/form-data\">"
            + "<input type=\"hidden\" name=\"wizard\" value=\"wizard\"/>"
            + "<textarea name=\"wizard:motivation\">Typed before</textarea>"
            + "<input type=\"file\" name=\"wizard:cv\"/>"
            + "<input type=\"hidden\" name=\"jakarta.faces.ViewState\" value=\"state-1\"/>"
            + "<button name=\"wizard:save\" type=\"submit\">Save</button>"
            + "</form></body></html>";

    private HttpServer server;
    private final AtomicReference<String> contentType = new AtomicReference<>();
    private final AtomicReference<String> body = new AtomicReference<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/page", exchange -> {
            byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.createContext("/post", exchange -> {
            contentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1));
            byte[] answer = "<html><body><h1>Posted</h1></body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private PageClient.Form wizard() {
        return PageClient.english("http://127.0.0.1:" + server.getAddress().getPort())
                .get("/page")
                .form("wizard");
    }

    @Test
    void aMultipartFormIsPostedAsMultipartWithItsFieldsViewStateAndTheChosenFile() {
        wizard().attach("cv", "my \"cv\".pdf", "application/pdf", "%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII))
                .press("save")
                .assertOk();
        assertTrue(contentType.get().startsWith("multipart/form-data; boundary="), contentType.get());
        String sent = body.get();
        assertTrue(sent.contains("name=\"wizard:motivation\"\r\n\r\nTyped before\r\n"), sent);
        assertTrue(sent.contains("name=\"jakarta.faces.ViewState\"\r\n\r\nstate-1\r\n"), sent);
        assertTrue(sent.contains("name=\"wizard:save\"\r\n\r\nwizard:save\r\n"), sent);
        assertTrue(
                sent.contains("name=\"wizard:cv\"; filename=\"my %22cv%22.pdf\"\r\nContent-Type: application/pdf"
                        + "\r\n\r\n%PDF-1.4 x\r\n"),
                sent);
    }

    @Test
    void aFileInputWithNoFileChosenIsSentEmptyAsABrowserSendsIt() {
        wizard().press("save").assertOk();
        assertTrue(body.get().contains("name=\"wizard:cv\"; filename=\"\"\r\n"), body.get());
    }

    @Test
    void pressUrlEncodedSendsTheFieldsWithoutParts() {
        wizard().pressUrlEncoded("save").assertOk();
        assertEquals("application/x-www-form-urlencoded", contentType.get());
        assertTrue(body.get().contains("wizard%3Amotivation=Typed+before"), body.get());
        assertTrue(!body.get().contains("wizard%3Acv"), body.get());
    }

    @Test
    void aFileInputTheFormDoesNotHaveIsRefused() {
        assertThrows(AssertionError.class, () -> wizard().attach("photo", "a.pdf", "application/pdf", new byte[1]));
    }
}
