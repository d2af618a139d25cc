package fi.cocreate.forum.panel.web;

import fi.cocreate.forum.entity.ForumCall;
import fi.cocreate.forum.panel.boundary.AssignedApplication;
import fi.cocreate.forum.panel.boundary.PanelGuard;
import fi.cocreate.forum.panel.boundary.PanelReviews;
import fi.cocreate.forum.panel.entity.PanelMember;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The panellist's start page: the calls they are appointed to and the applications assigned to them. */
@Named
@ViewScoped
public class PanelHome implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One call with the panellist's applications in it, and how far their scoring is. */
    public record CallWork(ForumCall call, List<AssignedApplication> applications) implements Serializable {

        /** How many of the applications the panellist has submitted a score for. */
        public long scored() {
            return applications.stream()
                    .filter(a -> "SUBMITTED".equals(a.state()))
                    .count();
        }

        /** The first application (in list order) without a submitted score, or null when all are scored. */
        public AssignedApplication nextUnscored() {
            return applications.stream()
                    .filter(a -> !"SUBMITTED".equals(a.state()))
                    .findFirst()
                    .orElse(null);
        }
    }

    @Inject
    PanelReviews reviews;

    @Inject
    PanelGuard guard;

    private final List<CallWork> work = new ArrayList<>();

    @PostConstruct
    void load() {
        for (PanelMember member : reviews.myPanels()) {
            work.add(new CallWork(guard.call(member.getCallId()), reviews.myApplications(member.getCallId())));
        }
    }

    public List<CallWork> getWork() {
        return work;
    }
}
