package fi.cocreate.common.web;

import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtext.InputTextRenderer;
import org.primefaces.component.inputtextarea.InputTextareaRenderer;

/**
 * PrimeFaces cuts a submitted text at the field's {@code maxlength} without a word, so an over-long answer was saved
 * cut short with "The draft is saved". These renderers (registered in faces-config.xml in place of PrimeFaces' own)
 * keep what was posted, whole; {@link LengthLimit} then refuses it at the field with a message, and nothing is saved.
 */
public final class UntruncatedInputs {

    private UntruncatedInputs() {}

    static void keepWhole(FacesContext context, UIComponent component, boolean textarea) {
        if (!(component instanceof EditableValueHolder input) || !(input.getSubmittedValue() instanceof String)) {
            return;
        }
        String posted = context.getExternalContext().getRequestParameterMap().get(component.getClientId(context));
        if (posted == null) {
            return;
        }
        input.setSubmittedValue(textarea ? posted.replaceAll("\\r\\n?", "\n") : posted);
    }

    /** {@code p:inputText} without the silent cut. */
    public static class Text extends InputTextRenderer {
        @Override
        public void decode(FacesContext context, UIComponent component) {
            super.decode(context, component);
            keepWhole(context, component, false);
        }
    }

    /** {@code p:inputTextarea} without the silent cut (line ends still normalised to {@code \n}, as PrimeFaces does). */
    public static class Textarea extends InputTextareaRenderer {
        @Override
        public void decode(FacesContext context, UIComponent component) {
            super.decode(context, component);
            keepWhole(context, component, true);
        }
    }
}
