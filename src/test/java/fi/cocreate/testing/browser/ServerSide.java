package fi.cocreate.testing.browser;

import fi.cocreate.testing.TestDatabase;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a browser test needs from the server side while it runs in the test JVM: its own data, built by the
 * test-only {@code BrowserFixtures} servlet of the deployment, the server's clock, and read-only SQL against the real
 * test database, the one the server uses ({@link TestDatabase}), to check what a journey stored.
 */
public final class ServerSide {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    public ServerSide(URL base) {
        String url = Browser.onLoopback(base);
        this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** An open consultation (free-text and single-choice question) whose deadline is in {@code hours}. */
    public long consultation(String title, int hours) {
        return Long.parseLong(post("/test-fixtures/consultation?title=" + encode(title) + "&hours=" + hours));
    }

    /** A verified representative of a new organisation; answers the email (password "a long enough password"). */
    public String representative(String organisation) {
        return post("/test-fixtures/representative?organisation=" + encode(organisation));
    }

    /** A second representative ("Rep NAME", a drafter) of the organisation of {@code representative}; its email. */
    public String colleagueOf(String representative, String name) {
        return post("/test-fixtures/colleague?of=" + encode(representative) + "&name=" + encode(name));
    }

    /** A verified account that can log in (password "a long enough password"); answers the email. */
    public String user(String language) {
        return post("/test-fixtures/user?language=" + language);
    }

    /** A workshop in ten days with that many seats (titled "Workshop en ID" in English); answers its id. */
    public long event(int capacity) {
        return Long.parseLong(post("/test-fixtures/event?capacity=" + capacity));
    }

    /** A consultation closing in an hour where "Letter ry 1..3 S" sent one campaign letter and "Own ry S" its own. */
    public long campaignConsultation(String suffix) {
        return Long.parseLong(post("/test-fixtures/campaign?suffix=" + encode(suffix)));
    }

    /** A consultation where staff coded twelve responses, and "Health ry S" and "Jobs ry S" are not coded yet. */
    public long codedConsultation(String suffix) {
        return Long.parseLong(post("/test-fixtures/coded?suffix=" + encode(suffix)));
    }

    /** A consultation closing in an hour with the submitted responses of "Open ry S" and "Rude ry S". */
    public long respondedConsultation(String suffix) {
        return Long.parseLong(post("/test-fixtures/responded?suffix=" + encode(suffix)));
    }

    /** A forum call open from an hour ago for that many days, with a meeting plan; answers its id. */
    public long forumCall(String title, int days) {
        return Long.parseLong(post("/test-fixtures/forum/call?title=" + encode(title) + "&days=" + days));
    }

    /**
     * A closed forum call with three submitted applications, two appointed panellists, a rubric, assignments and the
     * second panellist's scores ({@code ForumBrowserFixtures}); answers call id, the two panellists' emails and the
     * three application ids.
     */
    public String[] forumPanel(String suffix) {
        return post("/test-fixtures/forum/panel?suffix=" + encode(suffix)).split(" ");
    }

    /** As {@link #forumPanel(String)}, the call reviewed blind (set before the second panellist scored). */
    public String[] blindForumPanel(String suffix) {
        return post("/test-fixtures/forum/panel?blind=true&suffix=" + encode(suffix))
                .split(" ");
    }

    /**
     * A closed call for a forum of two whose lenient and strict panellists scored so that normalisation moves Cy into
     * the top two and Bo out of it ({@code ForumBrowserFixtures}); answers call id, the two panellists' emails and the
     * five application ids (Aino, Bo, Cy, Dani, Eeva).
     */
    public String[] calibrationPanel(String suffix) {
        return post("/test-fixtures/forum/calibration?suffix=" + encode(suffix)).split(" ");
    }

    /**
     * The consultation records of the every-page test ({@code PageFixtures}): answers consultation id, its
     * representative's email, the accepted response's id, the report process's id and a consultation with a published
     * summary.
     */
    public String[] pagesConsultation(String suffix) {
        return post("/test-fixtures/pages/consultation?suffix=" + encode(suffix))
                .split(" ");
    }

    /** GET with no cookies: the status, the content type and the first bytes of the body. */
    public String[] fetch(String path) {
        try {
            HttpResponse<byte[]> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + path))
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = response.body();
            return new String[] {
                String.valueOf(response.statusCode()),
                response.headers().firstValue("Content-Type").orElse(""),
                new String(body, 0, Math.min(body.length, 8), java.nio.charset.StandardCharsets.ISO_8859_1)
            };
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void clockAt(Instant instant) {
        post("/test-fixtures/clock?at=" + instant);
    }

    public void realClock() {
        post("/test-fixtures/clock");
    }

    /** Rows of a read-only query, each as column label to value. */
    public static List<Map<String, Object>> query(String sql, Object... parameters) {
        try (Connection connection = TestDatabase.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            connection.setReadOnly(true);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= columns; c++) {
                        row.put(result.getMetaData().getColumnLabel(c), result.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }

    /** The single value of a query that returns one row and one column. */
    public static Object value(String sql, Object... parameters) {
        List<Map<String, Object>> rows = query(sql, parameters);
        if (rows.size() != 1) {
            throw new AssertionError("Expected one row from " + sql + ", got " + rows);
        }
        return rows.get(0).values().iterator().next();
    }

    private String post(String path) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + path))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().trim();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Fixture call " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
