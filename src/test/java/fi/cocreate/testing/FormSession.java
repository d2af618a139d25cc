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
 * A browser session for multi-step Faces pages: like {@link FacesClient}, but posts a form of the page it is on (the
 * last response) instead of opening the page afresh, so a view-scoped wizard can be walked step by step. A field
 * given several times (a multi-select) is written as {@code name} → values separated by {@code \u0000}. A form with
 * {@code enctype="multipart/form-data"} is posted as multipart, as a browser does.
 * <p>Being replaced by {@link PageClient}, which reads the real form: new tests use that.
 */
public final class FormSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http;
    private HttpResponse<String> last;

    public FormSession(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : baseUrl + path))
                .GET());
    }

    public HttpResponse<String> login(String email, String password) {
        get("/login.xhtml");
        return post("login", Map.of("email", email, "password", password), "submit");
    }

    /** Posts the form {@code formId} of the current page with the fields (ids relative to the form), pressing a button. */
    public HttpResponse<String> post(String formId, Map<String, String> fields, String buttonId) {
        Matcher matcher = VIEW_STATE.matcher(last.body());
        if (!matcher.find()) {
            throw new AssertionError("No Faces form on " + last.uri() + " (status " + last.statusCode() + ")");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((id, value) -> form.put(formId + ":" + id, value));
        form.put(formId + ":" + buttonId, "");
        form.put("jakarta.faces.ViewState", matcher.group(1));
        CspNonce.addTo(form, last.body());
        Matcher tag = Pattern.compile("<form[^>]*\\bid=\"" + Pattern.quote(formId) + "\"[^>]*>")
                .matcher(last.body());
        if (tag.find() && tag.group().contains("multipart/form-data")) {
            return sendMultipart(form, null, null, null, null); // as a browser posts a form with a file input
        }
        String body = form.entrySet().stream()
                .flatMap(e -> java.util.Arrays.stream(e.getValue().split("\u0000", -1))
                        .map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(last.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Posts the form of the current page as {@code multipart/form-data}, as a browser does for a form with a file
     * input: the fields, one file (field id, file name, content type, bytes) and the button.
     */
    public HttpResponse<String> postWithFile(
            String formId,
            Map<String, String> fields,
            String fileField,
            String fileName,
            String contentType,
            byte[] content,
            String buttonId) {
        Matcher matcher = VIEW_STATE.matcher(last.body());
        if (!matcher.find()) {
            throw new AssertionError("No Faces form on " + last.uri() + " (status " + last.statusCode() + ")");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((id, value) -> form.put(formId + ":" + id, value));
        form.put(formId + ":" + buttonId, "");
        form.put("jakarta.faces.ViewState", matcher.group(1));
        CspNonce.addTo(form, last.body());
        return sendMultipart(form, formId + ":" + fileField, fileName, contentType, content);
    }

    /** Posts the fields as multipart/form-data to the current page, with one file part unless fileName is null. */
    private HttpResponse<String> sendMultipart(
            Map<String, String> form, String fileField, String fileName, String contentType, byte[] content) {
        String boundary = "----FormSession" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        form.forEach((name, value) -> java.util.Arrays.stream(value.split("\u0000", -1))
                .forEach(v -> write(
                        body,
                        "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + v
                                + "\r\n")));
        if (fileName != null) {
            write(
                    body,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                            + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
            body.writeBytes(content);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(last.uri())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static void write(java.io.ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> last() {
        return last;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            last = http.send(
                    request.header("Accept-Language", "en")
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return last;
        } catch (Exception e) {
            throw new IllegalStateException("HTTP request failed: " + e.getMessage(), e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
