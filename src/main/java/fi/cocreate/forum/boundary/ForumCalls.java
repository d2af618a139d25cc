package fi.cocreate.forum.boundary;

import fi.cocreate.common.BusinessException;
import fi.cocreate.forum.entity.ForumCall;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Calls for applications to expert forums. */
@Stateless
public class ForumCalls {

    @PersistenceContext
    EntityManager em;

    public List<ForumCall> all() {
        return em.createNamedQuery(ForumCall.ALL, ForumCall.class).getResultList();
    }

    public ForumCall find(long id) {
        ForumCall call = em.find(ForumCall.class, id);
        if (call == null) {
            throw new BusinessException("forum.call.notFound");
        }
        return call;
    }

    public ForumCall create(ForumCall call) {
        em.persist(call);
        return call;
    }
}
