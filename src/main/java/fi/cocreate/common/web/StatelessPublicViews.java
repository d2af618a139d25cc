package fi.cocreate.common.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.faces.view.ViewDeclarationLanguageFactory;
import jakarta.faces.view.ViewDeclarationLanguageWrapper;
import java.util.Set;

/**
 * Makes the public pages stateless views: no view state is saved, so an anonymous visitor never gets an HTTP session
 * (server-side state saving keeps every stateful view in the session). The pages hold no forms that need state; the
 * layout's logout form posts back to a stateless view, which Faces rebuilds from the page. {@link PublicPageHeaders}
 * sends their caching headers.
 *
 * <p>It wraps the view declaration language, not the view handler: Faces rebuilds a stateless view on a postback
 * through the view declaration language's {@code createView} and refuses the postback ("Unable to restore view")
 * unless the rebuilt root is transient again.
 */
public class StatelessPublicViews extends ViewDeclarationLanguageFactory {

    /** The public pages; the event page is not here: its registration form needs its view-scoped bean. */
    static final Set<String> VIEWS = Set.of(
            "/index.xhtml",
            "/consultation/index.xhtml",
            "/consultation/view.xhtml",
            "/consultation/summary.xhtml",
            "/consultation/response.xhtml",
            "/consultation/timeline.xhtml",
            "/forum/index.xhtml",
            "/forum/call.xhtml",
            "/consultation/receipt.xhtml");

    public StatelessPublicViews(ViewDeclarationLanguageFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ViewDeclarationLanguage getViewDeclarationLanguage(String viewId) {
        ViewDeclarationLanguage language = getWrapped().getViewDeclarationLanguage(viewId);
        return language == null
                ? null
                : new ViewDeclarationLanguageWrapper(language) {
                    @Override
                    public UIViewRoot createView(FacesContext context, String id) {
                        UIViewRoot root = super.createView(context, id);
                        if (root != null && VIEWS.contains(root.getViewId())) {
                            root.setTransient(true);
                        }
                        return root;
                    }
                };
    }
}
