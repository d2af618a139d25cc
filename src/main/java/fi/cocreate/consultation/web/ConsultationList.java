package fi.cocreate.consultation.web;

import fi.cocreate.consultation.boundary.Consultations;
import fi.cocreate.consultation.entity.Consultation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;

/** The public list of consultations. */
@Named
@RequestScoped
public class ConsultationList {

    @Inject
    Consultations consultations;

    @Inject
    Clock clock;

    private List<Consultation> all;

    @PostConstruct
    void load() {
        all = consultations.all();
    }

    public List<Consultation> getAll() {
        return all;
    }

    public boolean isOpen(Consultation consultation) {
        return consultation.acceptsFeedbackAt(clock.instant());
    }
}
