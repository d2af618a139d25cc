package fi.cocreate.consultation.web;

import fi.cocreate.common.BusinessException;
import fi.cocreate.consultation.boundary.Consultations;
import fi.cocreate.consultation.entity.Consultation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;

/** One consultation's public page: what it is about, its events and its feedback window. */
@Named
@RequestScoped
public class ConsultationPage {

    @Inject
    Consultations consultations;

    @Inject
    Clock clock;

    private Long id;
    private Consultation consultation;

    public void load() throws IOException {
        try {
            consultation = consultations.find(id == null ? -1 : id);
        } catch (BusinessException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Not found");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public boolean isOpen() {
        return consultation.acceptsFeedbackAt(clock.instant());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Consultation getConsultation() {
        return consultation;
    }
}
