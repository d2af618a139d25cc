package fi.cocreate.common.web;

import fi.cocreate.common.BusinessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Tells the user something in their own language: messages come by key from the {@code i18n.messages} bundle or,
 * for a domain's own messages, from the bundle that domain registered ({@link MessageBundle}). Kept across a redirect
 * (flash), so actions can follow POST-redirect-GET.
 */
public final class Notices {

    /** The shared messages, asked before any domain's bundle. */
    public static final String SHARED = "i18n.messages";

    private static volatile List<String> bundles;

    private Notices() {}

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, null, key, arguments);
    }

    /** An error shown beside one input (by its client id) and in the summary. */
    public static void errorAt(String clientId, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, clientId, key, arguments);
    }

    public static void error(BusinessException e) {
        error(e.getMessageKey(), e.getArguments());
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.forLanguageTag("fi");
        return text(locale, key, arguments);
    }

    /** The message for a key in the given locale, from the first bundle that has it; the key itself if none has. */
    public static String text(Locale locale, String key, Object... arguments) {
        for (String name : bundles()) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, locale, Notices.class.getClassLoader());
                if (bundle.containsKey(key)) {
                    String pattern = bundle.getString(key);
                    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
                }
            } catch (MissingResourceException e) {
                // that domain has no bundle (yet): try the next one
            }
        }
        return key;
    }

    /** The shared messages, then every bundle a domain registered, found once through CDI. */
    static List<String> bundles() {
        List<String> known = bundles;
        if (known == null) {
            List<String> names = new ArrayList<>();
            names.add(SHARED);
            CDI.current().select(MessageBundle.class).stream()
                    .map(MessageBundle::baseName)
                    .sorted()
                    .forEach(names::add);
            known = List.copyOf(names);
            bundles = known;
        }
        return known;
    }

    private static void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(severity, text(key, arguments), null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
