package fi.cocreate.forum.web;

import fi.cocreate.forum.boundary.ForumApplications;
import fi.cocreate.forum.boundary.ForumCalls;
import fi.cocreate.forum.entity.ForumCall;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;

/** Staff's list of forum calls, with links to edit each and to see its applications. */
@Named
@RequestScoped
public class StaffCalls {

    @Inject
    ForumCalls calls;

    @Inject
    ForumApplications applications;

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

    public long count(ForumCall call) {
        return applications.countByCall(call.getId());
    }
}
