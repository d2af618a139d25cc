package fi.cocreate.forum.web;

import fi.cocreate.common.web.Notices;
import fi.cocreate.forum.boundary.CallDefinition;
import fi.cocreate.forum.boundary.ForumCalls;
import fi.cocreate.forum.entity.ExpertiseArea;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;

/** Staff write a call: texts in three languages, window, planned size, areas sought and meeting plan. */
@Named
@ViewScoped
public class CallEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ForumCalls calls;

    @Inject
    Clock clock;

    private Long id;
    private CallDefinition definition;

    public void load() {
        if (definition != null) {
            return;
        }
        definition = id == null ? new CallDefinition() : CallDefinition.of(calls.find(id), clock.getZone());
    }

    public String save() {
        calls.save(id, definition);
        Notices.info("forum.call.saved");
        return "/forum/staff/calls.xhtml?faces-redirect=true";
    }

    /** The languages each text is written in, in the order the form asks for them. */
    public java.util.List<String> getLanguages() {
        return java.util.List.of("fi", "sv", "en");
    }

    public ExpertiseArea[] getAllAreas() {
        return ExpertiseArea.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CallDefinition getDefinition() {
        return definition;
    }
}
