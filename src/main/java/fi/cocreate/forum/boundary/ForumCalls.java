package fi.cocreate.forum.boundary;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.Found;
import fi.cocreate.common.LastEdit;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.forum.entity.ForumCall;
import fi.cocreate.identity.boundary.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Calls for applications to expert forums: public reading, and staff creating and revising them. */
@Stateless
public class ForumCalls {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    public List<ForumCall> all() {
        return em.createNamedQuery(ForumCall.ALL, ForumCall.class).getResultList();
    }

    public ForumCall find(long id) {
        return Found.find(em, ForumCall.class, id, "forum.call.notFound");
    }

    /** Stores a call as it is (demo data and tests); staff use {@link #save}. */
    public ForumCall create(ForumCall call) {
        em.persist(call);
        return call;
    }

    /** Staff create a call ({@code id} null) or revise one, from what they wrote in the call form. */
    public ForumCall save(Long id, CallDefinition d) {
        String staffEmail = caller.requireStaff().getEmail();
        LocalizedText title = LocalizedText.ofAny(d.getTitleFi(), d.getTitleSv(), d.getTitleEn());
        if (title == null) {
            throw new BusinessException("forum.call.titleRequired");
        }
        if (d.getOpensAt() == null
                || d.getClosesAt() == null
                || !d.getClosesAt().isAfter(d.getOpensAt())) {
            throw new BusinessException("forum.call.invalidWindow");
        }
        Instant opens = d.getOpensAt().atZone(clock.getZone()).toInstant();
        Instant closes = d.getClosesAt().atZone(clock.getZone()).toInstant();
        int size = d.getForumSize() == null ? 0 : d.getForumSize();
        if (size < 1 || (d.getMeetingsPerYear() != null && d.getMeetingsPerYear() < 0)) {
            throw new BusinessException("forum.call.invalidNumbers");
        }
        LocalizedText description =
                LocalizedText.ofAny(d.getDescriptionFi(), d.getDescriptionSv(), d.getDescriptionEn());
        ForumCall call;
        if (id == null) {
            call = new ForumCall(title, description, opens, closes, size, clock.instant());
            em.persist(call);
        } else {
            call = find(id);
            LastEdit.requireSeen(d.getVersion(), call.getVersion(), call.getLastEdit());
            call.revise(title, description, opens, closes, size);
        }
        call.planMeetings(
                LocalizedText.ofAny(d.getMeetingPlanFi(), d.getMeetingPlanSv(), d.getMeetingPlanEn()),
                d.getMeetingsPerYear());
        call.seekAreas(d.getAreas());
        call.edited(staffEmail, clock.instant());
        return call;
    }
}
