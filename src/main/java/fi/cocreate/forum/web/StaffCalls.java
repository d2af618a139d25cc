package fi.cocreate.forum.web;

import fi.cocreate.forum.boundary.ForumApplications;
import fi.cocreate.forum.entity.ForumCall;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Staff's list of forum calls, with links to edit each and to see its applications. */
@Named
@RequestScoped
public class StaffCalls extends CallList {

    @Inject
    ForumApplications applications;

    public long count(ForumCall call) {
        return applications.countByCall(call.getId());
    }
}
