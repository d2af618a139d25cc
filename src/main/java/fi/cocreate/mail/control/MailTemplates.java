package fi.cocreate.mail.control;

import fi.cocreate.common.SupportedLanguage;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the mail templates of the {@code i18n/mail} bundle in the recipient's language. The plain-text body is the
 * template; the HTML alternative is derived from it with every argument escaped and links made clickable, so the two
 * never drift apart and user text can never inject markup.
 */
public final class MailTemplates {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    private MailTemplates() {}

    public static ComposedMail compose(MailKind kind, String language, Object... arguments) {
        String code = SupportedLanguage.orDefault(language);
        Locale locale = SupportedLanguage.locale(code);
        ResourceBundle shared = ResourceBundle.getBundle("i18n.mail", locale, MailTemplates.class.getClassLoader());
        ResourceBundle bundle = ResourceBundle.getBundle(kind.bundle(), locale, MailTemplates.class.getClassLoader());
        String subject = format(bundle.getString(kind.key() + ".subject"), locale, arguments);
        String body = format(bundle.getString(kind.key() + ".body"), locale, arguments);
        String footer = shared.getString("footer");
        String text = body + "\n\n-- \n" + footer;
        return new ComposedMail(code, subject, text, toHtml(subject, text, code));
    }

    private static String format(String pattern, Locale locale, Object... arguments) {
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** Escapes the text, turns URLs into links and paragraphs into {@code <p>}. */
    static String toHtml(String subject, String text, String language) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(language)
                .append("\"><head><meta charset=\"UTF-8\"><title>")
                .append(escape(subject))
                .append("</title></head><body style=\"font-family:sans-serif;line-height:1.5;max-width:40em\">");
        for (String paragraph : text.split("\\n\\s*\\n")) {
            html.append("<p>")
                    .append(linkify(escape(paragraph)).replace("\n", "<br>"))
                    .append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    private static String linkify(String escaped) {
        Matcher matcher = URL.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String url = matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement("<a href=\"" + url + "\">" + url + "</a>"));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
