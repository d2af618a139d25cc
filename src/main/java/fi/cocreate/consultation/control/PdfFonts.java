package fi.cocreate.consultation.control;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Embedded Unicode fonts for PDFs (see {@code resources/fonts/README.md}): DejaVu Sans for letters of most scripts,
 * Symbola for emoji and symbols. A character neither has is printed as U+FFFD, so a gap shows instead of the text
 * silently losing it; invisible formatting characters (zero-width joiner, variation selectors) are left out.
 */
final class PdfFonts {

    private static final BaseFont REGULAR = load("DejaVuSans.ttf");
    private static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");
    private static final BaseFont OBLIQUE = load("DejaVuSans-Oblique.ttf");
    private static final BaseFont SYMBOLS = load("Symbola.ttf");

    static final Style TITLE = new Style(BOLD, 18);
    static final Style HEADING = new Style(BOLD, 13);
    static final Style BODY = new Style(REGULAR, 11);
    static final Style SMALL = new Style(OBLIQUE, 9);

    private PdfFonts() {}

    /** A text size and weight; {@link #phrase} picks, per character, the first font that has it. */
    record Style(BaseFont letters, float size) {

        /** The letters' font, for what OpenPDF draws itself (list numbers). */
        Font font() {
            return new Font(letters, size);
        }

        Phrase phrase(String text) {
            FontSelector selector = new FontSelector();
            selector.addFont(new Font(letters, size));
            selector.addFont(new Font(SYMBOLS, size));
            return selector.process(printable(text, List.of(letters, SYMBOLS)));
        }
    }

    /** The text with every character no font can draw replaced by U+FFFD (formatting characters dropped). */
    static String printable(String text, List<BaseFont> fonts) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || fonts.stream().anyMatch(font -> font.charExists(cp))) {
                out.appendCodePoint(cp);
            } else if (Character.getType(cp) != Character.FORMAT && !(cp >= 0xFE00 && cp <= 0xFE0F)) {
                out.append('\uFFFD');
            }
        });
        return out.toString();
    }

    static boolean drawable(int codePoint) {
        return REGULAR.charExists(codePoint) || SYMBOLS.charExists(codePoint);
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the WAR: fonts/" + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load the font " + file, e);
        }
    }
}
