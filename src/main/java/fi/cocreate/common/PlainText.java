package fi.cocreate.common;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * What the app accepts as text: Unicode in composed form (NFC, so "å" typed two ways is one string and one length),
 * without control characters (NUL, escape, …) that pages, exports and mails would pass on raw. Long text keeps its
 * line breaks and tabs; a name or file name is one line, and loses the bidirectional controls that can make
 * {@code \u202Egnp.pdf} look like {@code fdp.png}.
 */
public final class PlainText {

    /** C0 and C1 controls except tab, line feed and carriage return; plus DEL. */
    /**
     * What an email address may be made of, for {@code @Email(regexp = PlainText.EMAIL_CHARACTERS)}: no control,
     * format (bidi overrides, zero-width) or space characters. Bean Validation's own {@code @Email} lets any character
     * above U+007F into the local part, so {@code \u202Eevil@example.test} was taken and mailed to.
     */
    public static final String EMAIL_CHARACTERS = "[^\\p{Cc}\\p{Cf}\\p{Z}\\s]+";

    private static final Pattern CONTROLS_BUT_LINES = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");
    /** Every control character, line separators included. */
    private static final Pattern ALL_CONTROLS = Pattern.compile("[\\x00-\\x1F\\x7F-\\x9F\\u2028\\u2029]");
    /** Bidirectional embeddings, overrides and isolates, and the invisible marks (LRM, RLM, ALM). */
    private static final Pattern BIDI_CONTROLS =
            Pattern.compile("[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private PlainText() {}

    /** Any text typed by a user: NFC, no control characters other than tab and line breaks. */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        String composed = Normalizer.isNormalized(value, Normalizer.Form.NFC)
                ? value
                : Normalizer.normalize(value, Normalizer.Form.NFC);
        return CONTROLS_BUT_LINES.matcher(composed).replaceAll("");
    }

    /** A name (of a person, an organisation, a file): one line, no controls at all, no bidi controls, trimmed. */
    public static String name(String value) {
        if (value == null) {
            return null;
        }
        String text = text(value);
        text = ALL_CONTROLS.matcher(text).replaceAll(" ");
        return BIDI_CONTROLS.matcher(text).replaceAll("").strip();
    }
}
