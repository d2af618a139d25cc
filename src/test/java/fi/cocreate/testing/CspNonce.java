package fi.cocreate.testing;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What PrimeFaces' script does in a browser when CSP is on ({@code primefaces.CSP} in web.xml): it posts the page's
 * nonce back with every form as {@code primefaces.nonce}, and the server refuses a postback without it. The test
 * clients read it from {@code PrimeFaces.csp.init('…')} on the page and post it the same way.
 */
public final class CspNonce {

    private static final Pattern INIT = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private CspNonce() {}

    /** Adds the page's nonce to the form's fields, if the page has one. */
    public static void addTo(Map<String, String> form, String page) {
        Matcher matcher = INIT.matcher(page);
        if (matcher.find()) {
            form.put("primefaces.nonce", matcher.group(1));
        }
    }
}
