package fi.cocreate.common.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Set;

/**
 * Makes the public pages stateless views: no view state is saved, so an anonymous visitor never gets an HTTP session
 * (server-side state saving keeps every stateful view in the session). The pages hold no forms that need state; the
 * layout's logout form posts back to a stateless view, which Faces rebuilds from the page. {@link PublicPageHeaders}
 * sends their caching headers.
 */
public class StatelessPublicViews extends ViewHandlerWrapper {

    /** The public pages; the event page is not here: its registration form needs its view-scoped bean. */
    static final Set<String> VIEWS = Set.of("/index.xhtml", "/consultation/index.xhtml", "/consultation/view.xhtml",
            "/consultation/summary.xhtml", "/consultation/response.xhtml", "/consultation/timeline.xhtml",
            "/forum/index.xhtml", "/forum/call.xhtml", "/consultation/receipt.xhtml");

    public StatelessPublicViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && VIEWS.contains(root.getViewId())) {
            root.setTransient(true);
        }
        return root;
    }
}
