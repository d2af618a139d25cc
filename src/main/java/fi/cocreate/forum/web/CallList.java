package fi.cocreate.forum.web;

import fi.cocreate.forum.boundary.ForumCalls;
import fi.cocreate.forum.entity.ForumCall;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;

/** The list of calls for applications to expert forums, with whether each is open: public, and for staff's lists. */
@Named
@RequestScoped
public class CallList {

    @Inject
    ForumCalls calls;

    @Inject
    Clock clock;

    private List<ForumCall> all;

    @PostConstruct
    void load() {
        all = calls.all();
    }

    public List<ForumCall> getAll() {
        return all;
    }

    public boolean isOpen(ForumCall call) {
        return call.isOpenAt(clock.instant());
    }
}
