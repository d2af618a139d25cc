package fi.cocreate.common.web;

import fi.cocreate.common.DateTimeInput;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDateTime;

/**
 * The one date-time input of every editor ({@code converter="cocreate.dateTime"} on a text input): reads what
 * {@link DateTimeInput} accepts and refuses anything else with a message in the user's language at the field.
 */
@FacesConverter("cocreate.dateTime")
public class DateTimeConverter implements Converter<LocalDateTime> {

    @Override
    public LocalDateTime getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return DateTimeInput.parse(value)
                .orElseThrow(() -> new ConverterException(new FacesMessage(
                        FacesMessage.SEVERITY_ERROR,
                        Notices.text("dateTime.invalid", value.trim(), DateTimeInput.PATTERN_HINT),
                        null)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDateTime value) {
        return DateTimeInput.format(value);
    }
}
