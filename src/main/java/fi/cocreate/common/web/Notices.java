package fi.cocreate.common.web;

import fi.cocreate.common.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Tells the user something in their own language: messages come from the {@code i18n.messages} bundle by key. Kept
 * across a redirect (flash), so actions can follow POST-redirect-GET.
 */
public final class Notices {

    private Notices() {
    }

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
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale,
                Thread.currentThread().getContextClassLoader());
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(severity, text(key, arguments), null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
