package fi.cocreate.consultation.web;

import fi.cocreate.common.web.AppServlet;
import fi.cocreate.consultation.boundary.SummaryDownloads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Staff download every submitted response of a consultation: {@code ?consultation=ID&format=csv|xlsx}. It sits in
 * the staff area, so web.xml already asks for the role; the boundary checks it again.
 */
@WebServlet("/consultation/staff/export")
public class ResponseExportServlet extends AppServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SummaryDownloads downloads;

    @Inject
    transient fi.cocreate.common.web.LocaleSelection localeSelection;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long consultationId = id(request, "consultation");
        boolean xlsx = "xlsx".equals(request.getParameter("format"));
        // Headers and labels in the staff member's own interface language.
        java.util.Locale locale = localeSelection.getLocale();
        response.setContentType(
                xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"responses-" + consultationId + (xlsx ? ".xlsx" : ".csv") + "\"");
        response.setHeader("Cache-Control", "no-store");
        // Streamed: the boundary checks access and finds the consultation before it writes the first byte, so a
        // refusal still gets its status (AppServlet drops the headers set above).
        if (xlsx) {
            downloads.writeXlsx(consultationId, locale, response.getOutputStream());
        } else {
            downloads.writeCsv(consultationId, locale, response.getOutputStream());
        }
    }
}
