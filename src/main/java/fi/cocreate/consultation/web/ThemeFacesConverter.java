package fi.cocreate.consultation.web;

import fi.cocreate.consultation.entity.Theme;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * A theme in a form or link by its name (a seed theme's, or {@code OWN_<id>}), as the enum converter did before
 * themes became extensible. A name that is no theme is refused as a conversion error, never guessed.
 */
@FacesConverter(forClass = Theme.class)
public class ThemeFacesConverter implements Converter<Theme> {

    @Override
    public Theme getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Theme.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw new ConverterException(e.getMessage());
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Theme value) {
        return value == null ? "" : value.name();
    }
}
