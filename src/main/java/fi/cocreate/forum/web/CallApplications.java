package fi.cocreate.forum.web;

import fi.cocreate.forum.boundary.ApplicationReviews;
import fi.cocreate.forum.boundary.ForumCalls;
import fi.cocreate.forum.entity.ForumApplication;
import fi.cocreate.forum.entity.ForumCall;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Staff's list of a call's submitted applications; opening the list is recorded for each application in it. */
@Named
@ViewScoped
public class CallApplications implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationReviews reviews;

    @Inject
    ForumCalls calls;

    private Long callId;
    private ForumCall call;
    private List<ForumApplication> list = List.of();

    public void load() {
        if (call != null) {
            return;
        }
        call = calls.find(callId == null ? -1 : callId);
        list = reviews.listForStaff(call.getId());
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public ForumCall getCall() {
        return call;
    }

    public List<ForumApplication> getList() {
        return list;
    }
}
