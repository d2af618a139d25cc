package fi.cocreate.consultation.web;

import fi.cocreate.common.web.AppServlet;
import fi.cocreate.common.web.LocaleSelection;
import fi.cocreate.consultation.boundary.ConsultationEvents;
import fi.cocreate.consultation.control.EventCalendar;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The .ics download of an event ({@code /consultation/events/calendar?id=…}), in the reader's language. */
@WebServlet("/consultation/events/calendar")
public class EventCalendarServlet extends AppServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsultationEvents events;

    @Inject
    transient LocaleSelection localeSelection;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id = id(request, "id");
        byte[] ics = events.calendar(id, localeSelection.getLocale());
        response.setContentType(EventCalendar.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + EventCalendar.filename(id) + "\"");
        response.setContentLength(ics.length);
        response.getOutputStream().write(ics);
    }
}
