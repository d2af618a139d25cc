package fi.cocreate.consultation.web;

import fi.cocreate.common.NotFound;
import fi.cocreate.consultation.boundary.PublicResponse;
import fi.cocreate.consultation.boundary.PublicResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** One public response; any response that is not public is simply not found. */
@Named
@RequestScoped
public class PublicResponsePage {

    @Inject
    PublicResponses responses;

    private Long id;
    private PublicResponse response;

    public void load() throws IOException {
        response = id == null ? null : responses.response(id).orElse(null);
        if (response == null) {
            throw new NotFound("response.notFound");
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PublicResponse getResponse() {
        return response;
    }
}
