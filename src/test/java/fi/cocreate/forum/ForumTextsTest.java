package fi.cocreate.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Texts of the forum that depend on a number read right for one and for many, in each language. */
class ForumTextsTest {

    private static String invalid(String language, int problems) {
        Locale locale = Locale.forLanguageTag(language);
        String pattern = ResourceBundle.getBundle("i18n.forum", locale).getString("forum.application.invalid");
        return new MessageFormat(pattern, locale).format(new Object[] {problems});
    }

    @Test
    void oneThingToFixIsSingularAndSeveralArePlural() {
        assertTrue(invalid("en", 1).contains("(one thing to fix)"), invalid("en", 1));
        assertTrue(invalid("en", 3).contains("(3 things to fix)"), invalid("en", 3));
        assertTrue(invalid("fi", 1).contains("(yksi korjattava asia)"), invalid("fi", 1));
        assertTrue(invalid("fi", 3).contains("(3 korjattavaa asiaa)"), invalid("fi", 3));
        assertTrue(invalid("sv", 1).contains("(en sak att rätta)"), invalid("sv", 1));
        assertTrue(invalid("sv", 3).contains("(3 saker att rätta)"), invalid("sv", 3));
    }

    @Test
    void englishMailsStartTheirFirstSentenceWithACapital() {
        for (String bundle : new String[] {"i18n.forum_mail", "i18n.panel_mail"}) {
            ResourceBundle mails = ResourceBundle.getBundle(bundle, Locale.ENGLISH);
            for (String key : mails.keySet()) {
                String text = mails.getString(key);
                if (key.endsWith(".body") && text.startsWith("Hello")) {
                    char first = text.substring(text.indexOf("\n\n") + 2).charAt(0);
                    assertEquals(Character.toUpperCase(first), first, bundle + " " + key);
                }
            }
        }
    }
}
