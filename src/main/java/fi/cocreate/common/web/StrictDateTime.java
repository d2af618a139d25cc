package fi.cocreate.common.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * A date and time typed into a {@code p:datePicker}, read strictly in the picker's {@code pattern}: {@code 31.2.2026}
 * is refused at the field instead of being read as 28 February (PrimeFaces resolves dates leniently).
 */
@FacesConverter("cocreate.StrictDateTime")
public class StrictDateTime implements Converter<LocalDateTime> {

    static final String DEFAULT_PATTERN = "d.M.yyyy HH:mm";

    @Override
    public LocalDateTime getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse(value, pattern(component));
        } catch (DateTimeParseException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    label(component) + Notices.text("input.dateInvalid"), null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDateTime value) {
        return value == null ? "" : formatter(pattern(component)).format(value);
    }

    /** Parses exactly: no day 31 in February, no hour 25, no trailing text. */
    public static LocalDateTime parse(String value, String pattern) {
        return LocalDateTime.parse(value.strip(), formatter(pattern));
    }

    static DateTimeFormatter formatter(String pattern) {
        // STRICT needs the proleptic year 'u'; 'y' (year of era) would then require an era field.
        return DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    private static String pattern(UIComponent component) {
        Object pattern = component.getAttributes().get("pattern");
        return pattern instanceof String text && !text.isBlank() ? text : DEFAULT_PATTERN;
    }

    private static String label(UIComponent component) {
        Object label = component.getAttributes().get("label");
        return label == null ? "" : label + ": ";
    }
}
