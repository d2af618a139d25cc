package fi.cocreate.common.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * A default validator of every input (faces-config.xml): a text longer than the field's {@code maxlength}, which the
 * page sizes to the column, is refused at the field in the user's language instead of being cut or failing in the
 * database. Counted in characters (code points), as the entities count.
 */
@FacesValidator("cocreate.LengthLimit")
public class LengthLimit implements Validator<Object> {

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (!(value instanceof String text)) {
            return;
        }
        int max = maxLength(component);
        int length = text.codePointCount(0, text.length());
        if (max > 0 && length > max) {
            Object label = component.getAttributes().get("label");
            String name = label == null ? "" : label + ": ";
            throw new ValidatorException(new FacesMessage(
                    FacesMessage.SEVERITY_ERROR, name + Notices.text("input.tooLong", max, length), null));
        }
    }

    static int maxLength(UIComponent component) {
        Object max = component.getAttributes().get("maxlength");
        if (max == null) {
            // h:inputTextarea has no maxlength attribute of its own: pages give it as a pass-through attribute.
            max = component.getPassThroughAttributes(false) == null
                    ? null
                    : component.getPassThroughAttributes(false).get("maxlength");
        }
        if (max instanceof Number number) {
            return number.intValue();
        }
        if (max instanceof String text && !text.isBlank()) {
            try {
                return Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }
}
