package fi.cocreate.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * A posted request seen as a plain GET without parameters, query or AJAX header, for a page that is shown in answer
 * to a post but is not the posted form's page (the expired page after the login ended, the unavailable page, an error
 * page). Faces then builds and renders that page afresh instead of taking the request for a postback of it and
 * restoring the posted form's view state into its tree (see {@link ErrorPagesAreNotPostbacks}).
 */
public final class FreshRequest extends HttpServletRequestWrapper {

    public FreshRequest(HttpServletRequest request) {
        super(request);
    }

    @Override
    public String getMethod() {
        return "GET";
    }

    @Override
    public String getParameter(String name) {
        return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
        return null;
    }

    @Override
    public String getQueryString() {
        return null;
    }

    @Override
    public String getHeader(String name) {
        return "Faces-Request".equalsIgnoreCase(name) ? null : super.getHeader(name);
    }
}
