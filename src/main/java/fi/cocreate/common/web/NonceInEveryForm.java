package fi.cocreate.common.web;

import jakarta.faces.FactoryFinder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.PostConstructApplicationEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import java.io.IOException;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;

/**
 * Every form carries the page's CSP nonce ({@code primefaces.nonce}) as a hidden field written by the server.
 * PrimeFaces refuses a postback whose nonce is missing or not the page's, and left to itself it puts the field into
 * each form from its script once the page has loaded. A form sent before that script ran (pressing Enter in the
 * login form on a slow connection) or in a browser without JavaScript then came back as the expired page. The script
 * finds this field and keeps it. Wraps the form renderer of the HTML render kit, for {@code h:form} and
 * {@code o:form} alike; registered for {@link PostConstructApplicationEvent} in faces-config.xml.
 */
public class NonceInEveryForm implements SystemEventListener {

    static final String FIELD = "primefaces.nonce";

    @Override
    public boolean isListenerForSource(Object source) {
        return true;
    }

    @Override
    public void processEvent(SystemEvent event) {
        RenderKitFactory kits = (RenderKitFactory) FactoryFinder.getFactory(FactoryFinder.RENDER_KIT_FACTORY);
        RenderKit kit = kits.getRenderKit(FacesContext.getCurrentInstance(), RenderKitFactory.HTML_BASIC_RENDER_KIT);
        Renderer forms = kit.getRenderer(UIForm.COMPONENT_FAMILY, "jakarta.faces.Form");
        if (forms != null && !(forms instanceof WithNonce)) {
            kit.addRenderer(UIForm.COMPONENT_FAMILY, "jakarta.faces.Form", new WithNonce(forms));
        }
    }

    /** The HTML kit's form renderer, writing the nonce field before the form's end. */
    static final class WithNonce extends RendererWrapper {

        WithNonce(Renderer wrapped) {
            super(wrapped);
        }

        @Override
        public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
            if (PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
                ResponseWriter writer = context.getResponseWriter();
                writer.startElement("input", null);
                writer.writeAttribute("type", "hidden", null);
                writer.writeAttribute("name", FIELD, null);
                writer.writeAttribute(
                        "value", PrimeFacesContext.getCspState(context).getNonce(), null);
                writer.endElement("input");
            }
            super.encodeEnd(context, component);
        }
    }
}
