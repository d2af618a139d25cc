package fi.cocreate.consultation.web;

import fi.cocreate.consultation.boundary.Extensions;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The staff pages' organisation picker (an autoComplete): the bounded search by name or business id, and the
 * converter that turns the posted id back into the organisation the search offered. Kept with the page's view.
 */
final class OrganisationPicker implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Extensions.OrganisationChoice> offered = new HashMap<>();

    List<Extensions.OrganisationChoice> complete(Extensions extensions, String typed) {
        offered.clear();
        List<Extensions.OrganisationChoice> found = extensions.organisations(typed, Extensions.OFFERED);
        found.forEach(o -> offered.put(String.valueOf(o.id()), o));
        return found;
    }

    Converter<Extensions.OrganisationChoice> converter() {
        return new Converter<>() {
            @Override
            public Extensions.OrganisationChoice getAsObject(
                    FacesContext context, UIComponent component, String value) {
                return value == null || value.isBlank() ? null : offered.get(value);
            }

            @Override
            public String getAsString(
                    FacesContext context, UIComponent component, Extensions.OrganisationChoice value) {
                return value == null ? "" : String.valueOf(value.id());
            }
        };
    }
}
