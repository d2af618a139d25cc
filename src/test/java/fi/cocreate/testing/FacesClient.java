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
 * A minimal browser for tests that drive the real pages over HTTP: keeps cookies (the session), reads the Faces
 * view state from a page and posts a form back with it, following the redirects of POST-redirect-GET.
 * <p>Being replaced by {@link PageClient}, which reads the real form: new tests use that.
 */
public final class FacesClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http;
    private final String language;
    private HttpResponse<String> last;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public FacesClient(String baseUrl, String language) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.language = language;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public static FacesClient english(String baseUrl) {
        return new FacesClient(baseUrl, "en");
    }

    public HttpResponse<String> get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
    }

    /** Opens the page, fills the form's fields (ids relative to the form) and presses the button. */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> fields, String buttonId) {
        HttpResponse<String> page = get(path);
        Matcher matcher = VIEW_STATE.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("No Faces form on " + path + " (status " + page.statusCode() + ")");
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

    public HttpResponse<String> login(String email, String password) {
        return submit("/login.xhtml", "login", Map.of("email", email, "password", password), "submit");
    }

    /** Sends this header with every following request (null removes it). */
    public FacesClient header(String name, String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        return this;
    }

    public HttpResponse<String> last() {
        return last;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            headers.forEach(request::header);
            last = http.send(
                    request.header("Accept-Language", language)
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return last;
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

    /** A status-only request that does not follow redirects, to see where a page sends an anonymous visitor. */
    public static HttpResponse<Void> headWithoutRedirect(String url) {
        try {
            return HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(url)).GET().build(),
                            HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
