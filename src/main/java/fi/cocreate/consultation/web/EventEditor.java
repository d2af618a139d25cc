package fi.cocreate.consultation.web;

import fi.cocreate.common.ApplicationClock;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.common.web.LocalizedInput;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.ConsultationEvents;
import fi.cocreate.consultation.boundary.EventDetails;
import fi.cocreate.consultation.entity.ConsultationEvent;
import fi.cocreate.consultation.entity.EventType;
import fi.cocreate.consultation.entity.TargetGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Staff create an event of a consultation or edit one: what, when, where, for whom and how many seats. */
@Named
@ViewScoped
public class EventEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsultationEvents events;

    private Long consultationId;
    private Long id;

    @NotNull
    private EventType type = EventType.WORKSHOP;

    private final LocalizedInput title = new LocalizedInput();
    private final LocalizedInput description = new LocalizedInput();

    @NotNull
    private LocalDateTime startsAt;

    @NotNull
    private LocalDateTime endsAt;

    @Size(max = 300)
    private String place;

    @Size(max = 500)
    private String remoteLink;

    @Min(1)
    private Integer capacity;

    private List<TargetGroup> targetGroups = new ArrayList<>();
    /** The event's version when the page opened; a save after someone else's is refused (issue 10). */
    private Long seenVersion;

    public void load() throws IOException {
        if (id == null) {
            return;
        }
        ConsultationEvent event = events.find(id);
        consultationId = event.getConsultation().getId();
        type = event.getType();
        title.fill(event.getTitle());
        description.fill(event.getDescription());
        startsAt = ApplicationClock.localOf(event.getStartsAt());
        endsAt = ApplicationClock.localOf(event.getEndsAt());
        place = event.getPlace();
        remoteLink = event.getRemoteLink();
        capacity = event.getCapacity();
        targetGroups = new ArrayList<>(event.getTargetGroups());
        seenVersion = event.getVersion();
    }

    public String save() {
        LocalizedText titleText = title.toText();
        if (titleText == null) {
            Notices.errorAt("event:titleFi", "event.titleRequired");
            return null;
        }
        EventDetails details = new EventDetails(
                type,
                titleText,
                description.toText(),
                ApplicationClock.instantOf(startsAt),
                ApplicationClock.instantOf(endsAt),
                place,
                remoteLink,
                capacity,
                targetGroups.isEmpty() ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(targetGroups));
        ConsultationEvent saved = id == null
                ? events.create(consultationId == null ? -1 : consultationId, details)
                : events.update(id, details, seenVersion);
        Notices.info("event.saved");
        return "/consultation/staff/events/edit.xhtml?faces-redirect=true&id=" + saved.getId();
    }

    /** The version shown, for the follow-up form of the same page. */
    public Long getSeenVersion() {
        return seenVersion;
    }

    public EventType[] getTypes() {
        return EventType.values();
    }

    public TargetGroup[] getAllTargetGroups() {
        return TargetGroup.values();
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public void setConsultationId(Long consultationId) {
        this.consultationId = consultationId;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EventType getType() {
        return type;
    }

    public void setType(EventType type) {
        this.type = type;
    }

    public LocalizedInput getTitle() {
        return title;
    }

    public LocalizedInput getDescription() {
        return description;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getRemoteLink() {
        return remoteLink;
    }

    public void setRemoteLink(String remoteLink) {
        this.remoteLink = remoteLink;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public List<TargetGroup> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<TargetGroup> targetGroups) {
        this.targetGroups = targetGroups;
    }
}
