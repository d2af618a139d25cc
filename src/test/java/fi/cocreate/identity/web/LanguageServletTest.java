package fi.cocreate.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageServletTest {

    @Test
    void returnsOnlyToLocalPaths() {
        assertEquals("/consultation/view.xhtml?id=1", LanguageServlet.safeLocalPath("/consultation/view.xhtml?id=1"));
        assertEquals("/", LanguageServlet.safeLocalPath("https://evil.example/"));
        assertEquals("/", LanguageServlet.safeLocalPath("//evil.example/"));
        assertEquals("/", LanguageServlet.safeLocalPath("/\\evil.example"));
        assertEquals("/", LanguageServlet.safeLocalPath("/ok\u010d\u010aSet-Cookie: x=1"));
        assertEquals("/", LanguageServlet.safeLocalPath("/ok\u2028"));
        assertEquals("/forum/index.xhtml?q=%C3%A4", LanguageServlet.safeLocalPath("/forum/index.xhtml?q=%C3%A4"));
        assertEquals("/", LanguageServlet.safeLocalPath(null));
    }
}
