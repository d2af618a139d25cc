package fi.cocreate.forum.panel.web;

import fi.cocreate.forum.boundary.ForumCalls;
import fi.cocreate.forum.entity.ForumCall;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Staff's entry to the selection panels: one link per forum call. */
@Named
@RequestScoped
public class StaffPanelCalls {

    @Inject
    ForumCalls calls;

    private List<ForumCall> all;

    @PostConstruct
    void load() {
        all = calls.all();
    }

    public List<ForumCall> getAll() {
        return all;
    }
}
