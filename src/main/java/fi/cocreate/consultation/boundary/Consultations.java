package fi.cocreate.consultation.boundary;

import fi.cocreate.common.NotFound;
import fi.cocreate.consultation.entity.Consultation;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Consultations as the public and staff see them. */
@Stateless
public class Consultations {

    @PersistenceContext
    EntityManager em;

    public List<Consultation> all() {
        return em.createNamedQuery(Consultation.ALL, Consultation.class).getResultList();
    }

    public Consultation find(long id) {
        Consultation consultation = em.find(Consultation.class, id);
        if (consultation == null) {
            throw new NotFound("consultation.notFound");
        }
        consultation.getEvents().size(); // load the lazy events while the transaction is open
        return consultation;
    }

    public Consultation create(Consultation consultation) {
        em.persist(consultation);
        return consultation;
    }
}
