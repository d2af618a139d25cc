package fi.cocreate.consultation.web;

import fi.cocreate.common.Found;
import fi.cocreate.consultation.boundary.PublicResponse;
import fi.cocreate.consultation.boundary.PublicResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** One public response; any response that is not public is simply not found. */
@Named
@RequestScoped
public class PublicResponsePage {

    @Inject
    PublicResponses responses;

    private Long id;
    private PublicResponse response;

    public void load() {
        response = Found.found(id == null ? Optional.empty() : responses.response(id), "response.notFound");
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
