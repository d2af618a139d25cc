package fi.cocreate.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A file's name as the person chose it. Browsers escape three characters of a file name in a multipart post (the HTML
 * standard's form encoding): {@code "} as {@code %22}, line feed as {@code %0A} and carriage return as {@code %0D}, so
 * {@code Lausunto "luonnos".pdf} arrives as {@code Lausunto %22luonnos%22.pdf}. This filter undoes that escape for
 * every upload, before PrimeFaces reads the name; a line break becomes a space, as in every other name
 * ({@code PlainText.name}).
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class SubmittedFileNames extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
        chain.doFilter(multipart ? new Unescaped(request) : request, response);
    }

    /** The name the browser meant: its form-encoding escapes undone. */
    static String unescape(String submitted) {
        if (submitted == null) {
            return null;
        }
        return submitted
                .replace("%22", "\"")
                .replace("%0D%0A", " ")
                .replace("%0A", " ")
                .replace("%0D", " ");
    }

    private static final class Unescaped extends HttpServletRequestWrapper {

        Unescaped(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Collection<Part> getParts() throws IOException, ServletException {
            return super.getParts().stream().<Part>map(NamedPart::new).toList();
        }

        @Override
        public Part getPart(String name) throws IOException, ServletException {
            Part part = super.getPart(name);
            return part == null ? null : new NamedPart(part);
        }
    }

    private record NamedPart(Part part) implements Part {

        @Override
        public String getSubmittedFileName() {
            return unescape(part.getSubmittedFileName());
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return part.getInputStream();
        }

        @Override
        public String getContentType() {
            return part.getContentType();
        }

        @Override
        public String getName() {
            return part.getName();
        }

        @Override
        public long getSize() {
            return part.getSize();
        }

        @Override
        public void write(String fileName) throws IOException {
            part.write(fileName);
        }

        @Override
        public void delete() throws IOException {
            part.delete();
        }

        @Override
        public String getHeader(String name) {
            return part.getHeader(name);
        }

        @Override
        public Collection<String> getHeaders(String name) {
            return part.getHeaders(name);
        }

        @Override
        public Collection<String> getHeaderNames() {
            return List.copyOf(part.getHeaderNames());
        }
    }
}
