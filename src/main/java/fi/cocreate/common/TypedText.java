package fi.cocreate.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The texts a person typed into a form that could not be saved (the page or the login had expired), picked from the
 * posted parameters so that the page saying so can show them back: nothing written is lost.
 */
public final class TypedText {

    /** The request attribute holding the list of texts, read by {@code /error/expired.xhtml}. */
    public static final String ATTRIBUTE = "cocreate.typedText";

    private static final int MIN_LENGTH = 3;

    private TypedText() {}

    /** The posted values that look like typed text: not Faces' or PrimeFaces' own fields, not a button's own name. */
    public static List<String> from(Map<String, String[]> parameters) {
        List<String> typed = new ArrayList<>();
        parameters.forEach((name, values) -> {
            if (!name.startsWith("jakarta.faces") && !name.startsWith("primefaces") && values != null) {
                for (String value : values) {
                    if (value != null && value.strip().length() >= MIN_LENGTH && !value.equals(name)) {
                        typed.add(value);
                    }
                }
            }
        });
        return typed;
    }
}
