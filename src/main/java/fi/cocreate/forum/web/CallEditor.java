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
    /** Whether the page has opened its record (see {@link #setId}). */
    private boolean opened;

    private CallDefinition definition;

    public void load() {
        opened = true;
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

    /**
     * Faces sets the view parameter again on every postback: once the page has opened its record, a posted {@code ?id=}
     * (forged, or another record's) cannot move the page's actions to another record. A fresh bean (the first request,
     * or a post replayed after the view's beans were cleared) takes it as before.
     */
    public void setId(Long id) {
        if (!opened) {
            this.id = id;
        }
    }

    public CallDefinition getDefinition() {
        return definition;
    }
}
