package fi.cocreate.testing;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser session for page tests that must do something between opening a page and posting its form (for example
 * move the clock past a deadline): {@link #open} keeps the page, {@link #post} sends its form later with the view state
 * it was rendered with. Usable from the test JVM and from inside the container.
 * <p>Being replaced by {@link PageClient}, which reads the real form: new tests use that.
 */
public final class BrowserSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public BrowserSession(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public HttpResponse<String> get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
    }

    /** Opens a page that holds a form, to post later. */
    public HttpResponse<String> open(String path) {
        HttpResponse<String> page = get(path);
        if (!VIEW_STATE.matcher(page.body()).find()) {
            throw new AssertionError(
                    "No Faces form on " + path + " (status " + page.statusCode() + "): " + page.body());
        }
        return page;
    }

    /** Posts a form of an opened page: fields by id relative to the form, then the button pressed. */
    public HttpResponse<String> post(
            HttpResponse<String> page, String formId, Map<String, String> fields, String buttonId) {
        Matcher matcher = VIEW_STATE.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("No view state on the page");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((id, value) -> form.put(formId + ":" + id, value));
        form.put(formId + ":" + buttonId, "");
        form.put("jakarta.faces.ViewState", matcher.group(1));
        CspNonce.addTo(form, page.body());
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(page.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> submit(String path, String formId, Map<String, String> fields, String buttonId) {
        return post(open(path), formId, fields, buttonId);
    }

    public HttpResponse<String> login(String email, String password) {
        return submit("/login.xhtml", "login", Map.of("email", email, "password", password), "submit");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(
                    request.header("Accept-Language", "en")
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("HTTP request failed: " + e.getMessage(), e);
        }
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
