package fi.cocreate.forum.panel.web;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.Found;
import fi.cocreate.common.web.Notices;
import fi.cocreate.forum.entity.ForumApplication;
import fi.cocreate.forum.panel.boundary.PanelAssignments;
import fi.cocreate.forum.panel.boundary.Panels;
import fi.cocreate.forum.panel.control.AssignmentPlanner;
import fi.cocreate.forum.panel.entity.Assignment;
import fi.cocreate.forum.panel.entity.PanelMember;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Staff run the automatic assignment and override it: add or remove single assignments. */
@Named
@ViewScoped
public class AssignmentBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PanelAssignments assignments;

    @Inject
    Panels panels;

    private Long callId;
    private List<Assignment> all;
    private List<ForumApplication> applications;
    private List<PanelMember> members;
    private final Map<Long, String> names = new HashMap<>();
    private Long newApplication;
    private Long newMember;

    public void load() {
        Found.found(callId, "forum.call.notFound"); // no id in the address: the 404 page
        refresh();
    }

    private void refresh() {
        all = assignments.assignments(callId);
        applications = assignments.assignable(callId);
        members = panels.members(callId);
        applications.forEach(a -> names.put(a.getId(), a.getFullName()));
    }

    public void assignAutomatically() {
        AssignmentPlanner.Plan plan = assignments.assignAutomatically(callId);
        Notices.info("panel.assignments.done", plan.added().size(), plan.minLoad(), plan.maxLoad());
        if (!plan.shortfall().isEmpty()) {
            Notices.error("panel.assignments.shortfall", plan.shortfall().size());
        }
        refresh();
    }

    public void add() {
        if (newApplication == null || newMember == null) {
            throw new BusinessException("panel.assignments.choose");
        }
        assignments.add(newApplication, newMember);
        Notices.info("panel.saved");
        refresh();
    }

    public void remove(Assignment assignment) {
        assignments.remove(assignment.getId());
        Notices.info("panel.saved");
        refresh();
    }

    public String applicant(Long applicationId) {
        return names.getOrDefault(applicationId, "#" + applicationId);
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public List<Assignment> getAll() {
        return all;
    }

    public List<ForumApplication> getApplications() {
        return applications;
    }

    public List<PanelMember> getMembers() {
        return members;
    }

    public Long getNewApplication() {
        return newApplication;
    }

    public void setNewApplication(Long newApplication) {
        this.newApplication = newApplication;
    }

    public Long getNewMember() {
        return newMember;
    }

    public void setNewMember(Long newMember) {
        this.newMember = newMember;
    }
}
