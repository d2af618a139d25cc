package fi.cocreate.demo;

import fi.cocreate.consultation.entity.Theme;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The coded demo passages ({@code demo/theme-coded-passages.tsv}): statements in Finnish, Swedish and English as
 * organisations send them on immigrant integration, each with the themes a moderator gave it. The demo data codes a
 * consultation with them, and the theme suggestions' quality test cross-validates on them.
 */
public final class DemoPassages {

    public static final String RESOURCE = "/demo/theme-coded-passages.tsv";

    /** One coded passage: its language (fi, sv, en), the themes it was coded with, its text. */
    public record CodedPassage(String language, Set<Theme> themes, String text) {}

    private DemoPassages() {}

    public static List<CodedPassage> all() {
        try (InputStream in = DemoPassages.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<CodedPassage> passages = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 3);
                if (cells.length != 3) {
                    throw new IllegalStateException("Not language<TAB>themes<TAB>text: " + line);
                }
                Set<Theme> themes = Arrays.stream(cells[1].split(","))
                        .map(String::strip)
                        .map(Theme::valueOf)
                        .collect(Collectors.toCollection(() -> new java.util.TreeSet<>()));
                passages.add(new CodedPassage(cells[0], themes, cells[2].strip()));
            }
            return passages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
