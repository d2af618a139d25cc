package fi.cocreate.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle in {@code src/main/resources/i18n} says the same things in Finnish, Swedish and English: the same keys
 * in each language file and in the default file, no key written twice in one file, and no key defined by two of the
 * bundles that {@code Notices} searches (the first would silently win, as {@code invitation.sent} once did).
 */
class BundlesTest {

    static final Path DIR = Path.of("src/main/resources/i18n");
    private static final Pattern FILE = Pattern.compile("(.+?)(?:_(fi|sv|en))?\\.properties");
    private static final Pattern KEY_LINE = Pattern.compile("^\\s*([^#!\\s=:][^=:\\s]*)\\s*[=:]");

    /** base name to language ("" for the default file) to keys. */
    static Map<String, Map<String, Set<String>>> bundles() throws IOException {
        Map<String, Map<String, Set<String>>> bundles = new TreeMap<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties"))
                    .sorted()
                    .toList()) {
                Matcher name = FILE.matcher(file.getFileName().toString());
                assertTrue(name.matches(), file.toString());
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                bundles.computeIfAbsent(name.group(1), b -> new TreeMap<>())
                        .put(
                                name.group(2) == null ? "" : name.group(2),
                                new TreeSet<>(properties.stringPropertyNames()));
            }
        }
        return bundles;
    }

    @Test
    void everyBundleHasTheSameKeysInFinnishSwedishEnglishAndItsDefault() throws IOException {
        Map<String, Map<String, Set<String>>> bundles = bundles();
        assertTrue(bundles.size() >= 10, "the bundles were found: " + bundles.keySet());
        List<String> problems = new ArrayList<>();
        bundles.forEach((base, languages) -> {
            assertEquals(Set.of("", "fi", "sv", "en"), languages.keySet(), base + " has a file for each language");
            Set<String> all =
                    languages.values().stream().flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));
            languages.forEach((language, keys) -> {
                Set<String> missing = new TreeSet<>(all);
                missing.removeAll(keys);
                if (!missing.isEmpty()) {
                    problems.add(base + "_" + language + " lacks " + missing);
                }
            });
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void noKeyIsWrittenTwiceInOneFile() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties"))
                    .sorted()
                    .toList()) {
                Set<String> seen = new TreeSet<>();
                boolean continued = false;
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    Matcher key = KEY_LINE.matcher(line);
                    if (!continued && key.find() && !seen.add(key.group(1))) {
                        problems.add(file.getFileName() + ": " + key.group(1));
                    }
                    continued = line.endsWith("\\");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void noMessageKeyIsDefinedInTwoOfTheBundlesNoticesSearches() throws IOException {
        Map<String, Map<String, Set<String>>> bundles = bundles();
        Map<String, List<String>> owners = new TreeMap<>();
        // The shared messages and every domain's bundle (each registered with Notices through a MessageBundle); the
        // mail templates and the shared labels are looked up by name, never searched.
        List<String> searched = bundles.keySet().stream()
                .filter(b -> !b.endsWith("mail") && !b.equals("text"))
                .toList();
        assertEquals(List.of("consultation", "events", "forum", "messages", "panel"), searched);
        for (String base : searched) {
            for (String key : bundles.get(base).get("en")) {
                owners.computeIfAbsent(key, k -> new ArrayList<>()).add(base);
            }
        }
        Map<String, List<String>> twice = owners.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertEquals(Map.of(), twice);
    }

    /** The bundles {@link Notices} searches: the shared messages and every bundle a domain registers. */
    private static List<String> registeredBundles() {
        List<String> names = new ArrayList<>(List.of(Notices.SHARED));
        new com.tngtech.archunit.core.importer.ClassFileImporter()
                        .withImportOption(
                                com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("fi.cocreate")
                        .stream()
                        .filter(c -> c.isAssignableTo(MessageBundle.class) && !c.isInterface())
                        .forEach(c -> {
                            try {
                                names.add(((MessageBundle) Class.forName(c.getName())
                                                .getDeclaredConstructor()
                                                .newInstance())
                                        .baseName());
                            } catch (ReflectiveOperationException e) {
                                throw new IllegalStateException(e);
                            }
                        });
        return names;
    }
}
