package fi.cocreate.testing;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The one HTTP client for page tests: a browser session (cookies) that parses each page it gets, so a form is posted
 * as a browser posts it. {@link Page#form} reads the real form of that page, with its own view state and the current
 * values of its fields; {@link Form#set} refuses a field the form does not have and {@link Form#press} a button it
 * does not have, so a test cannot silently post something the page never offered. It runs no script: a post carries
 * exactly the fields of the form's HTML (the CSP nonce among them, which the server writes into every form), as a
 * browser sends a form before the page's script ran or with JavaScript off. One client is one session and may
 * be used from several threads at once (the cookie store and the HTTP client are thread safe), which is how the
 * concurrency tests overlap requests of one person. Usable from the test JVM and from inside the container.
 */
public final class PageClient {

    private final String baseUrl;
    private final String language;
    private final CookieManager cookies;
    private final HttpClient http;
    private final Map<String, String> headers;

    public PageClient(String baseUrl, String language) {
        this(
                baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl,
                language,
                new CookieManager(),
                new java.util.concurrent.ConcurrentHashMap<>(),
                HttpClient.Redirect.NORMAL);
    }

    private PageClient(
            String baseUrl,
            String language,
            CookieManager cookies,
            Map<String, String> headers,
            HttpClient.Redirect redirects) {
        this.baseUrl = baseUrl;
        this.language = language;
        this.cookies = cookies;
        this.headers = headers;
        // HTTP/1.1 as a browser speaks it without TLS: the client's default (an h2c upgrade) would turn a connection
        // through a balancer into a tunnel to one server.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(redirects)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * The same session (cookies, headers) that answers each request with the server's first answer, a redirect not
     * followed: to read where a redirect would send a browser ({@code Location}) without going there. Forms of its
     * pages are posted the same way.
     */
    public PageClient notFollowingRedirects() {
        return new PageClient(baseUrl, language, cookies, headers, HttpClient.Redirect.NEVER);
    }

    /** An English-speaking browser on the app deployed at {@code PUBLIC_BASE_URL} + context path. */
    public static PageClient english(String baseUrl) {
        return new PageClient(baseUrl, "en");
    }

    /**
     * Sends this header with every later request (e.g. {@code X-Forwarded-For} as a trusted proxy would); a null
     * value stops sending it.
     */
    public PageClient header(String name, String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        return this;
    }

    public Page get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
    }

    /**
     * A POST that no page rendered, with a form-encoded body as given: what a mail client sends for one-click
     * unsubscribe (RFC 8058). A form of a page is posted with {@link Form#press} instead.
     */
    public Page postWithoutForm(String pathOrUrl, String formBody) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody)));
    }

    /** Logs in through the login page and checks that the app did not show the login page again. */
    public Page login(String email, String password) {
        Page after = get("/login.xhtml")
                .form("login")
                .set("email", email)
                .set("password", password)
                .press("submit");
        after.assertOk();
        return after;
    }

    private Page send(HttpRequest.Builder builder) {
        headers.forEach(builder::header);
        HttpRequest request = builder.header("Accept-Language", language)
                .timeout(Duration.ofSeconds(120))
                .build();
        try {
            return new Page(this, http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (java.io.IOException e) {
            if (!request.method().equals("GET")) {
                throw new IllegalStateException("HTTP request failed: " + e.getMessage(), e);
            }
            // A kept-alive connection the server closed meanwhile: a browser sends a GET again on a new one.
            try {
                return new Page(this, http.send(request, HttpResponse.BodyHandlers.ofString()));
            } catch (Exception again) {
                throw new IllegalStateException("HTTP request failed: " + again.getMessage(), again);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("HTTP request interrupted", e);
        }
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A page as received (after redirects), parsed. */
    public static final class Page {

        private final PageClient client;
        private final HttpResponse<String> response;
        private Document document;

        private Page(PageClient client, HttpResponse<String> response) {
            this.client = client;
            this.response = response;
        }

        public int status() {
            return response.statusCode();
        }

        /** The status of the first answer to this request, before any redirect was followed (e.g. 302 to login). */
        public int firstStatus() {
            HttpResponse<String> first = response;
            while (first.previousResponse().isPresent()) {
                first = first.previousResponse().get();
            }
            return first.statusCode();
        }

        public URI uri() {
            return response.uri();
        }

        public String body() {
            return response.body();
        }

        /** A header of the answer (of the last one, after redirects), e.g. which server behind a balancer served it. */
        /**
         * A header of the first answer to this request, before any redirect was followed: after a
         * POST-redirect-GET, the answer to the POST itself.
         */
        public java.util.Optional<String> firstHeader(String name) {
            HttpResponse<String> first = response;
            while (first.previousResponse().isPresent()) {
                first = first.previousResponse().get();
            }
            return first.headers().firstValue(name);
        }

        public java.util.Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        /** Every value of a header of the (last) answer, e.g. each {@code Set-Cookie}. */
        public List<String> headers(String name) {
            return response.headers().allValues(name);
        }

        public synchronized Document document() {
            if (document == null) {
                document = Jsoup.parse(response.body(), response.uri().toString());
            }
            return document;
        }

        /** The page's visible text, whitespace collapsed: what a person reads. */
        public String text() {
            return document().body() == null ? "" : document().body().text();
        }

        public boolean contains(String visibleText) {
            return text().contains(visibleText);
        }

        /** The app answered with its login form (a session that was lost, or a page that fell back to login). */
        public boolean isLoginPage() {
            return response.uri().getPath().endsWith("/login.xhtml")
                    || document().getElementById("login") != null
                            && document().getElementById("login:password") != null;
        }

        /** Status 200 and a page other than the login page; otherwise fails with what was answered. */
        public Page assertOk() {
            if (status() != 200 || isLoginPage()) {
                throw new AssertionError(describe());
            }
            return this;
        }

        /** A short description for failure messages: status, address, title and messages shown. */
        public String describe() {
            String messages = document().select(".ui-messages, .ui-message, .ui-growl, h1").eachText().stream()
                    .collect(Collectors.joining(" | "));
            return status() + " " + uri() + (isLoginPage() ? " (login page)" : "") + ": "
                    + document().title() + " – " + messages;
        }

        /**
         * The text of the field messages shown beside the input with this client id (in the element that holds the
         * input and its message), empty if none; fails if the page has no such input.
         */
        public String messageBeside(String inputId) {
            Element input = document().getElementById(inputId);
            if (input == null) {
                throw new AssertionError("No input " + inputId + " on " + describe());
            }
            return input.parent()
                    .select(".ui-message, .field-message, .field-error")
                    .text();
        }

        /**
         * The HTML that an AJAX answer (a Faces partial response) put in place of the element with this id, parsed;
         * fails if the answer did not update it.
         */
        public Document update(String id) {
            Document partial = Jsoup.parse(body(), uri().toString(), org.jsoup.parser.Parser.xmlParser());
            for (Element update : partial.select("update")) {
                if (update.attr("id").equals(id)) {
                    return Jsoup.parseBodyFragment(update.wholeText(), uri().toString());
                }
            }
            throw new AssertionError("The answer did not update " + id + ": " + status() + " " + body());
        }

        /** The form with this id, as the page rendered it. */
        public Form form(String formId) {
            Element form = document().getElementById(formId);
            if (form == null || !form.normalName().equals("form")) {
                throw new AssertionError("No form '" + formId + "' on " + describe());
            }
            return new Form(client, this, form);
        }
    }

    /**
     * A form of one page: starts with the values the page rendered (hidden fields, the view state, text, checked
     * boxes, selected options), as a browser would send them; {@link #set} changes a field by its id relative to the
     * form.
     */
    public static final class Form {

        private final PageClient client;
        private final Page page;
        private final Element form;
        private final String prefix;
        private final Map<String, List<String>> values = new LinkedHashMap<>();
        private final Map<String, String> forged = new LinkedHashMap<>();
        /** Where the form is posted instead of its own action, or null. */
        private URI postedTo;
        /** The file inputs by name, with the file chosen in each (none chosen: an empty name and no bytes). */
        private final Map<String, ChosenFile> files = new LinkedHashMap<>();

        /** A file chosen in a file input, as the browser sends it. */
        private record ChosenFile(String fileName, String contentType, byte[] content) {
            static final ChosenFile NONE = new ChosenFile("", "application/octet-stream", new byte[0]);
        }

        private Form(PageClient client, Page page, Element form) {
            this.client = client;
            this.page = page;
            this.form = form;
            this.prefix = form.id() + ":";
            for (Element input : form.select("input[name], textarea[name], select[name]")) {
                if (input.hasAttr("disabled")) {
                    continue;
                }
                String name = input.attr("name");
                String type = input.attr("type").toLowerCase();
                switch (input.normalName()) {
                    case "textarea" -> add(name, input.wholeText());
                    case "select" -> {
                        // As a browser: the selected options; a single choice with none marked sends its first.
                        values.putIfAbsent(name, new ArrayList<>());
                        List<Element> selected = input.select("option[selected]");
                        if (selected.isEmpty()
                                && !input.hasAttr("multiple")
                                && !input.select("option").isEmpty()) {
                            selected = List.of(input.selectFirst("option"));
                        }
                        selected.forEach(o -> add(name, o.attr("value")));
                    }
                    default -> {
                        if (type.equals("file")) {
                            files.put(name, ChosenFile.NONE);
                            continue;
                        }
                        if (type.equals("submit")
                                || type.equals("button")
                                || type.equals("image")
                                || type.equals("reset")) {
                            continue;
                        }
                        if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                            values.putIfAbsent(name, new ArrayList<>());
                            continue;
                        }
                        add(name, input.attr("value"));
                    }
                }
            }
        }

        private void add(String name, String value) {
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }

        /** The view state this form will post: the one its page was rendered with. */
        public String viewState() {
            return single("jakarta.faces.ViewState");
        }

        /** The current value of a field (id relative to the form), e.g. a hidden version field. */
        public String value(String id) {
            return single(name(id));
        }

        private String single(String name) {
            List<String> current = values.get(name);
            if (current == null || current.isEmpty()) {
                throw new AssertionError("No value for " + name + " in form " + form.id());
            }
            return current.get(0);
        }

        private String name(String id) {
            String name = prefix + id;
            if (!values.containsKey(name)) {
                throw new AssertionError("Form " + form.id() + " on " + page.uri() + " has no field " + name
                        + " (fields: " + values.keySet() + ")");
            }
            return name;
        }

        /** Whether the form has this field (id relative to the form), e.g. to tell which step of a wizard it shows. */
        public boolean has(String id) {
            return values.containsKey(prefix + id);
        }

        /** Sets a field (text, text area, hidden, one radio or select value); fails if the form has no such field. */
        public Form set(String id, String value) {
            String name = name(id);
            List<String> allowed = choices(name);
            if (!allowed.isEmpty() && !allowed.contains(value)) {
                throw new AssertionError("Field " + name + " offers " + allowed + ", not " + value);
            }
            values.put(name, new ArrayList<>(List.of(value)));
            return this;
        }

        /** Leaves a field the page rendered out of the post, by its full name (e.g. {@code primefaces.nonce}). */
        public Form without(String name) {
            if (values.remove(name) == null) {
                throw new AssertionError("Form " + form.id() + " has no field " + name + " (" + values.keySet() + ")");
            }
            return this;
        }

        /**
         * Adds a raw request parameter the page never rendered, by its full name, as an attacker would: e.g. a view
         * parameter ({@code id}) set to another organisation's record, which Faces reads again on a postback.
         */
        public Form forge(String name, String value) {
            values.put(name, new ArrayList<>(List.of(value)));
            forged.put(name, value);
            return this;
        }

        /**
         * The same form, with the same values and view state, posted from another session (another browser's cookies):
         * what a replayed post with someone else's session cookie sends.
         */
        public Form postedBy(PageClient other) {
            Form copy = new Form(other, page, form);
            copy.values.clear();
            values.forEach((name, list) -> copy.values.put(name, new ArrayList<>(list)));
            copy.forged.putAll(forged);
            return copy;
        }

        /**
         * The same form, with its view state, posted to another URL than its action: what a forged or misdirected
         * post sends (a script, a proxy, a form copied into another page).
         */
        public Form postTo(String pathOrUrl) {
            postedTo = client.uri(pathOrUrl);
            return this;
        }

        /** Ticks a checkbox or picks several values of a multiple choice. */
        public Form check(String id, String... checkedValues) {
            String name = name(id);
            List<String> allowed = choices(name);
            for (String value : checkedValues) {
                if (!allowed.isEmpty() && !allowed.contains(value)) {
                    throw new AssertionError("Field " + name + " offers " + allowed + ", not " + value);
                }
            }
            values.put(name, new ArrayList<>(List.of(checkedValues)));
            return this;
        }

        /** The values a radio group, checkbox group or select offers; empty for free input. */
        private List<String> choices(String name) {
            List<String> choices = new ArrayList<>();
            for (Element input : form.select("[name]")) {
                if (!input.attr("name").equals(name)) {
                    continue;
                }
                if (input.normalName().equals("select")) {
                    input.select("option").forEach(o -> choices.add(o.attr("value")));
                } else if (input.attr("type").equalsIgnoreCase("radio")
                        || input.attr("type").equalsIgnoreCase("checkbox")) {
                    choices.add(input.hasAttr("value") ? input.attr("value") : "on");
                }
            }
            return choices;
        }

        /**
         * Chooses a file in a PrimeFaces upload of this form that sends it at once ({@code auto="true"}), as its script
         * does: an AJAX multipart post of the form's fields with the file under the upload's id, processing the
         * upload and updating the form. The answer is a partial response: read it with {@link Page#update}.
         */
        public Page upload(String uploadId, String fileName, String contentType, byte[] content) {
            String upload = prefix + uploadId;
            if (form.getElementsByAttributeValue("id", upload).isEmpty()) {
                throw new AssertionError("Form " + form.id() + " on " + page.uri() + " has no upload " + upload);
            }
            Map<String, List<String>> fields = new LinkedHashMap<>(values);
            fields.put("jakarta.faces.partial.ajax", List.of("true"));
            fields.put("jakarta.faces.partial.execute", List.of(upload));
            fields.put("jakarta.faces.source", List.of(upload));
            fields.put(upload + "_totalFilesCount", List.of("1"));
            fields.put("jakarta.faces.partial.render", List.of(form.id()));
            String boundary = "----PageClient" + System.nanoTime();
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            fields.forEach((name, list) -> list.forEach(value -> body.writeBytes(("--" + boundary
                            + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                    .getBytes(StandardCharsets.UTF_8))));
            // The name as a browser writes it in the header: quotes and line breaks percent-encoded (WHATWG).
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + upload
                            + "\"; filename=\"" + quoted(fileName) + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            String action = form.absUrl("action");
            return client.send(HttpRequest.newBuilder(
                            URI.create(action.isEmpty() ? page.uri().toString() : action))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Faces-Request", "partial/ajax")
                    .header("X-Requested-With", "XMLHttpRequest")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        }

        /**
         * Chooses a file in a plain file input of this form ({@code h:inputFile}, id relative to the form); it is sent
         * with the next {@link #press}, as a browser sends a form with {@code enctype="multipart/form-data"}. Fails if
         * the form has no such file input.
         */
        public Form attach(String fileInputId, String fileName, String contentType, byte[] content) {
            String name = prefix + fileInputId;
            if (!files.containsKey(name)) {
                throw new AssertionError("Form " + form.id() + " on " + page.uri() + " has no file input " + name
                        + " (file inputs: " + files.keySet() + ")");
            }
            files.put(name, new ChosenFile(fileName, contentType, content));
            return this;
        }

        /**
         * Presses a button of the form (id relative to the form) and returns the page that follows the post: encoded
         * as the form's {@code enctype} says, so a form with a file input is posted as {@code multipart/form-data}
         * with each file input's part (empty if no file was chosen), as a browser does.
         */
        public Page press(String buttonId) {
            boolean multipart = form.attr("enctype").equalsIgnoreCase("multipart/form-data");
            return post(buttonId, multipart);
        }

        /**
         * Presses a button but posts the fields {@code application/x-www-form-urlencoded}, whatever the form's
         * enctype, and without its files: what a script or a proxy that drops the parts sends.
         */
        public Page pressUrlEncoded(String buttonId) {
            return post(buttonId, false);
        }

        /**
         * Posts the form as if a button it never rendered had been pressed (its name relative to the form), as an
         * attacker would: e.g. a table row's button with a row index the table does not have.
         */
        public Page pressForged(String buttonId) {
            return send(prefix + buttonId, form.attr("enctype").equalsIgnoreCase("multipart/form-data"));
        }

        private Page post(String buttonId, boolean multipart) {
            String button = prefix + buttonId;
            if (form.select("button[name], input[type=submit][name]").stream()
                    .noneMatch(b -> b.attr("name").equals(button))) {
                throw new AssertionError("Form " + form.id() + " on " + page.uri() + " has no button " + button);
            }
            return send(button, multipart);
        }

        private Page send(String button, boolean multipart) {
            List<Map.Entry<String, String>> fields = new ArrayList<>();
            values.forEach((name, list) -> list.forEach(v -> fields.add(Map.entry(name, v))));
            fields.add(Map.entry(button, button));
            String action = postedTo != null ? postedTo.toString() : form.absUrl("action");
            if (action.isEmpty()) {
                action = page.uri().toString();
            }
            // A forged parameter replaces one of the same name in the action's query, which the server reads first.
            for (Map.Entry<String, String> e : forged.entrySet()) {
                action = action.replaceAll(
                        "([?&]" + java.util.regex.Pattern.quote(e.getKey()) + "=)[^&#]*",
                        "$1" + java.util.regex.Matcher.quoteReplacement(encode(e.getValue())));
            }
            if (!multipart) {
                String body = fields.stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"));
                return client.send(HttpRequest.newBuilder(URI.create(action))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
            }
            String boundary = "----PageClient" + System.nanoTime();
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            for (Map.Entry<String, String> e : fields) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quoted(e.getKey())
                                + "\"\r\n\r\n" + e.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            files.forEach((name, file) -> {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quoted(name)
                                + "\"; filename=\"" + quoted(file.fileName()) + "\"\r\nContent-Type: "
                                + file.contentType() + "\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.writeBytes(file.content());
                body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            });
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return client.send(HttpRequest.newBuilder(URI.create(action))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        }

        /** A name or file name as a browser writes it in a part's header: quotes and line breaks percent-encoded. */
        private static String quoted(String name) {
            return name.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
        }
    }
}
