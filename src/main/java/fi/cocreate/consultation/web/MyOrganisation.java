package fi.cocreate.consultation.web;

import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.Consultations;
import fi.cocreate.consultation.boundary.Organisations;
import fi.cocreate.consultation.boundary.Responses;
import fi.cocreate.consultation.control.BusinessId;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.Organisation;
import fi.cocreate.consultation.entity.OrganisationType;
import fi.cocreate.consultation.entity.Response;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The representative's home: their organisation (or the form to register it), open consultations and responses. */
@Named
@RequestScoped
public class MyOrganisation {

    @Inject
    Organisations organisations;

    @Inject
    Responses responses;

    @Inject
    Consultations consultations;

    @Inject
    Clock clock;

    private Organisation organisation;
    private List<Consultation> open;
    private Map<Long, Response> responseByConsultation = Map.of();

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 20)
    private String businessId;

    @Size(max = 20)
    private String registerNumber;

    @NotNull
    private OrganisationType type;

    @PostConstruct
    void load() {
        organisation = organisations.mine().orElse(null);
        open = consultations.all().stream()
                .filter(c -> c.acceptsFeedbackAt(clock.instant()))
                .toList();
        if (organisation != null) {
            responseByConsultation = responses.ofMyOrganisation().stream()
                    .collect(Collectors.toMap(r -> r.getConsultation().getId(), Function.identity()));
        }
    }

    public String register() {
        // The business ID's check digit is refused at its field (the boundary refuses it again for any other caller).
        if (businessId != null && !businessId.isBlank() && !BusinessId.isValid(businessId)) {
            Notices.errorAt("organisation:businessId", "organisation.businessIdInvalid");
            return null;
        }
        organisations.register(name, businessId, registerNumber, type);
        Notices.info("organisation.registered", name);
        return "/consultation/org/index.xhtml?faces-redirect=true";
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public List<Consultation> getOpen() {
        return open;
    }

    public List<Response> getResponses() {
        return List.copyOf(responseByConsultation.values());
    }

    public Response responseTo(Consultation consultation) {
        return responseByConsultation.get(consultation.getId());
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBusinessId() {
        return businessId;
    }

    public void setBusinessId(String businessId) {
        this.businessId = businessId;
    }

    public String getRegisterNumber() {
        return registerNumber;
    }

    public void setRegisterNumber(String registerNumber) {
        this.registerNumber = registerNumber;
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }
}
