package fi.cocreate.forum.web;

import fi.cocreate.common.Found;
import fi.cocreate.forum.boundary.ForumCalls;
import fi.cocreate.forum.entity.ExpertiseArea;
import fi.cocreate.forum.entity.ForumCall;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;

/** One call, as the public sees it: what it looks for, its window and whether it is open now. */
@Named
@RequestScoped
public class CallPage {

    @Inject
    ForumCalls calls;

    @Inject
    Clock clock;

    private Long id;
    private ForumCall call;

    public void load() {
        call = calls.find(Found.found(id, "forum.call.notFound"));
    }

    public boolean isOpen() {
        return call != null && call.isOpenAt(clock.instant());
    }

    public boolean isNotYetOpen() {
        return call != null && clock.instant().isBefore(call.getOpensAt());
    }

    public List<ExpertiseArea> getAreas() {
        return call == null
                ? List.of()
                : call.getAreasSought().stream().sorted().toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ForumCall getCall() {
        return call;
    }
}
