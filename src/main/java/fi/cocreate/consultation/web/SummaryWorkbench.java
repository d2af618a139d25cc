package fi.cocreate.consultation.web;

import fi.cocreate.consultation.boundary.Summaries;
import fi.cocreate.consultation.entity.Consultation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Staff's entry to moderation, summaries and exports: one row per consultation. */
@Named
@RequestScoped
public class SummaryWorkbench {

    @Inject
    Summaries summaries;

    private List<Consultation> consultations;

    @PostConstruct
    void load() {
        consultations = summaries.consultations();
    }

    public List<Consultation> getConsultations() {
        return consultations;
    }
}
