package fi.cocreate.forum.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The wizard's form is a file upload ({@code multipart/form-data}) because of the CV step. A post of that step sent
 * otherwise (a script, an old client, a form re-encoded on the way) made Faces' file input ask the servlet for parts
 * that do not exist, and the applicant got an error page. Here such a post goes on as a post without a file: what was
 * written is saved as usual, and the wizard says that no CV came with it ({@link #arrivedWithoutUpload}).
 */
@WebFilter(urlPatterns = "/forum/apply/application.xhtml", asyncSupported = true)
public class WizardPosts extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String WITHOUT_UPLOAD = WizardPosts.class.getName() + ".withoutUpload";
    /** The CV field's request parameter, which only a file part may fill. */
    static final String CV_PARAMETER = "wizard:cv";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
        boolean ajax = "partial/ajax".equals(request.getHeader("Faces-Request"))
                || request.getParameter("jakarta.faces.partial.ajax") != null;
        if ("POST".equals(request.getMethod()) && !multipart && !ajax) {
            request.setAttribute(WITHOUT_UPLOAD, Boolean.TRUE);
            chain.doFilter(new WithoutParts(request), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** True when this request is a wizard post that was not sent as a file upload. */
    static boolean arrivedWithoutUpload(Map<String, Object> requestAttributes) {
        return Boolean.TRUE.equals(requestAttributes.get(WITHOUT_UPLOAD));
    }

    /** A post that carries no file: no parts, and no text pretending to be the CV. */
    private static final class WithoutParts extends HttpServletRequestWrapper {

        WithoutParts(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return CV_PARAMETER.equals(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return CV_PARAMETER.equals(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> map = new HashMap<>(super.getParameterMap());
            map.remove(CV_PARAMETER);
            return Collections.unmodifiableMap(map);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
