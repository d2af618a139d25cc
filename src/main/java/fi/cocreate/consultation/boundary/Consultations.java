package fi.cocreate.consultation.boundary;

import fi.cocreate.common.Found;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.identity.boundary.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Consultations as the public and staff see them: a draft only staff see, for anyone else it does not exist. */
@Stateless
public class Consultations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    public List<Consultation> all() {
        boolean staff = caller.isStaff();
        return em.createNamedQuery(Consultation.ALL, Consultation.class).getResultList().stream()
                .filter(c -> staff || c.isPublished())
                .toList();
    }

    public Consultation find(long id) {
        Consultation consultation = Found.find(
                em, Consultation.class, id, c -> c.isPublished() || caller.isStaff(), "consultation.notFound");
        consultation.getEvents().size(); // load the lazy events while the transaction is open
        return consultation;
    }

    public Consultation create(Consultation consultation) {
        em.persist(consultation);
        return consultation;
    }
}
