package fi.cocreate.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * No page shows a raw key or a hard-coded word. Scans every Facelets file in {@code src/main/webapp}: a text node or
 * a user-facing attribute ({@code value}, {@code title}, {@code label} and their PrimeFaces kin) that still holds a
 * word once its EL is removed is hard-coded text, unless it is in the small {@link #ALLOWED} list; and every literal
 * key a page reads from a bundle variable ({@code #{ct['response.title']}}) exists in that bundle's English file
 * (so it never renders as {@code ???key???}). The browser journeys check the rendered pages for raw keys as well.
 */
class PageTextTest {

    static final Path WEBAPP = Path.of("src/main/webapp");

    /** Words that are the same in every language: the product's name and each language's own name. */
    private static final Set<String> ALLOWED =
            Set.of("Cocreate", "– Cocreate", "Suomi", "Svenska", "English", "kB", "ms.");

    private static final Set<String> USER_FACING = Set.of(
            "value",
            "title",
            "label",
            "itemLabel",
            "placeholder",
            "headerText",
            "footerText",
            "alt",
            "aria-label",
            "ariaLabel",
            "emptyMessage",
            "requiredMessage",
            "validatorMessage",
            "converterMessage",
            "summary",
            "detail",
            "noSelectionLabel",
            "counterTemplate",
            "invalidSizeMessage",
            "invalidFileMessage",
            "fileLimitMessage");

    /** Elements whose attributes are not shown: parameters and metadata. */
    private static final Set<String> NOT_SHOWN = Set.of(
            "param",
            "viewParam",
            "attribute",
            "metadata",
            "selectItems",
            "include",
            "define",
            "insert",
            "script",
            "style",
            "outputStylesheet",
            "outputScript",
            "validateFile",
            "validateLength",
            "convertNumber",
            "convertDateTime",
            "ajax",
            "event",
            "viewAction",
            "passThroughAttribute",
            "importConstants");

    private static final Map<String, String> BUNDLE_VARS = Map.of(
            "text", "text", "messages", "messages", "ct", "consultation", "et", "events", "ft", "forum", "pt", "panel");

    private static final Pattern EL = Pattern.compile("[#$]\\{[^}]*}");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern LITERAL_KEY = Pattern.compile("\\b(text|messages|ct|et|ft|pt)\\['([^'\\]]+)']");

    static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList();
        }
    }

    @Test
    void noPageHoldsHardCodedUserFacingText() throws Exception {
        List<Path> pages = pages();
        assertTrue(pages.size() > 50, "the pages were found: " + pages.size());
        List<String> problems = new ArrayList<>();
        for (Path page : pages) {
            Document document = parse(page);
            scan(document.getDocumentElement(), page, problems);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyLiteralKeyAPageReadsExistsInItsBundle() throws Exception {
        var bundles = BundlesTest.bundles();
        List<String> problems = new ArrayList<>();
        for (Path page : pages()) {
            Matcher key = LITERAL_KEY.matcher(Files.readString(page));
            while (key.find()) {
                String bundle = BUNDLE_VARS.get(key.group(1));
                if (!bundles.get(bundle).get("en").contains(key.group(2))) {
                    problems.add(WEBAPP.relativize(page) + ": " + key.group(1) + "['" + key.group(2) + "'] is not in "
                            + bundle);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static void scan(Element element, Path page, List<String> problems) {
        String name = element.getLocalName();
        if (NOT_SHOWN.contains(name)) {
            return;
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String attributeName = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            if (USER_FACING.contains(attributeName)
                    && hardCoded(attribute.getValue())
                    && !isInputValue(element, attributeName)) {
                problems.add(WEBAPP.relativize(page) + ": <" + name + " " + attributeName + "=\"" + attribute.getValue()
                        + "\">");
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE && hardCoded(child.getNodeValue())) {
                problems.add(WEBAPP.relativize(page) + ": text \""
                        + child.getNodeValue().trim() + "\" in <" + name + ">");
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                scan((Element) child, page, problems);
            }
        }
    }

    /** A native input's or option's value attribute is data, not text (a button's value is its label). */
    private static boolean isInputValue(Element element, String attribute) {
        return "value".equals(attribute) && Set.of("option", "selectItem").contains(element.getLocalName())
                || "value".equals(attribute)
                        && "input".equals(element.getLocalName())
                        && !Set.of("submit", "button").contains(element.getAttribute("type"));
    }

    private static boolean hardCoded(String text) {
        String shown = EL.matcher(text).replaceAll("").trim();
        return WORD.matcher(shown).find() && !ALLOWED.contains(shown);
    }

    private static Document parse(Path page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(page.toFile());
    }
}
