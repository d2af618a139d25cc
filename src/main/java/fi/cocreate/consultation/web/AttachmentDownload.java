package fi.cocreate.consultation.web;

import fi.cocreate.common.web.AppServlet;
import fi.cocreate.consultation.boundary.Attachments;
import fi.cocreate.consultation.entity.Attachment;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Downloads an attachment: representatives under {@code /consultation/org/} (their own organisation's only), staff
 * under {@code /consultation/staff/}. The areas' roles come from web.xml; the boundary checks the owner. Always sent as
 * a download with the type detected at upload, never rendered inline.
 */
@WebServlet({"/consultation/org/attachment", "/consultation/staff/attachment"})
public class AttachmentDownload extends AppServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Attachments attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        long id = id(request, "id");
        Attachment attachment = request.getServletPath().startsWith("/consultation/staff/")
                ? attachments.forStaff(id)
                : attachments.mine(id);
        byte[] content = attachment.getContent();
        response.setContentType(attachment.getContentType());
        response.setContentLength(content.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(attachment.getFileName(), StandardCharsets.UTF_8)
                                .replace("+", "%20"));
        response.getOutputStream().write(content);
    }
}
