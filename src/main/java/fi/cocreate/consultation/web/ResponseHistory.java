package fi.cocreate.consultation.web;

import fi.cocreate.consultation.boundary.Attachments;
import fi.cocreate.consultation.boundary.Responses;
import fi.cocreate.consultation.entity.AttachmentInfo;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.ResponseVersion;
import fi.cocreate.identity.web.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Every version of one of the organisation's own responses, newest first; another organisation's id is not found. */
@Named
@RequestScoped
public class ResponseHistory {

    @Inject
    Responses responses;

    @Inject
    Attachments attachments;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private Response response;
    private List<AttachmentInfo> files = List.of();

    public void load() throws IOException {
        response = responses.mine(id == null ? -1 : id);
        files = attachments.ofMyResponse(response.getId());
    }

    public List<ResponseVersion> getVersions() {
        List<ResponseVersion> versions = new ArrayList<>(response.getVersions());
        Collections.reverse(versions);
        return versions;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Response getResponse() {
        return response;
    }

    public List<AttachmentInfo> getFiles() {
        return files;
    }
}
