package fi.cocreate.privacy.web;

import fi.cocreate.common.web.AppServlet;
import fi.cocreate.privacy.boundary.PersonalData;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The account holder's own data as a JSON file. It sits under {@code /account/}, which web.xml opens to every logged-in
 * role; the boundary reads only the caller's own data, so there is no id to forge, and records each download.
 */
@WebServlet("/account/my-data.json")
public class PersonalDataDownload extends AppServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PersonalData personalData;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] json = personalData.exportMine().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(json.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"my-personal-data.json\"");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(json);
    }
}
