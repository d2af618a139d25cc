package fi.cocreate.forum.boundary;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.forum.entity.ExpertiseArea;
import fi.cocreate.forum.entity.ForumCall;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** What staff write about a call in the call form: texts in three languages, the window in Helsinki time, the plan. */
public class CallDefinition implements Serializable {

    private static final long serialVersionUID = 1L;

    private String titleFi;
    private String titleSv;
    private String titleEn;
    private String descriptionFi;
    private String descriptionSv;
    private String descriptionEn;
    private String meetingPlanFi;
    private String meetingPlanSv;
    private String meetingPlanEn;
    private Integer meetingsPerYear;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private Integer forumSize;
    private List<ExpertiseArea> areas = new ArrayList<>();
    /** The call's version when the form was filled; null for a new call. A save after someone else's is refused. */
    private Long version;

    /** The form filled from an existing call. */
    public static CallDefinition of(ForumCall call, java.time.ZoneId zone) {
        CallDefinition d = new CallDefinition();
        d.titleFi = call.getTitle().getFi();
        d.titleSv = call.getTitle().getSv();
        d.titleEn = call.getTitle().getEn();
        LocalizedText description = call.getDescription();
        if (description != null) {
            d.descriptionFi = description.getFi();
            d.descriptionSv = description.getSv();
            d.descriptionEn = description.getEn();
        }
        LocalizedText plan = call.getMeetingPlan();
        if (plan != null) {
            d.meetingPlanFi = plan.getFi();
            d.meetingPlanSv = plan.getSv();
            d.meetingPlanEn = plan.getEn();
        }
        d.meetingsPerYear = call.getMeetingsPerYear();
        d.opensAt = LocalDateTime.ofInstant(call.getOpensAt(), zone);
        d.closesAt = LocalDateTime.ofInstant(call.getClosesAt(), zone);
        d.forumSize = call.getForumSize();
        d.areas = new ArrayList<>(call.getAreasSought());
        d.version = call.getVersion();
        return d;
    }

    public Long getVersion() {
        return version;
    }

    public String getTitleFi() {
        return titleFi;
    }

    public void setTitleFi(String titleFi) {
        this.titleFi = titleFi;
    }

    public String getTitleSv() {
        return titleSv;
    }

    public void setTitleSv(String titleSv) {
        this.titleSv = titleSv;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDescriptionFi() {
        return descriptionFi;
    }

    public void setDescriptionFi(String descriptionFi) {
        this.descriptionFi = descriptionFi;
    }

    public String getDescriptionSv() {
        return descriptionSv;
    }

    public void setDescriptionSv(String descriptionSv) {
        this.descriptionSv = descriptionSv;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getMeetingPlanFi() {
        return meetingPlanFi;
    }

    public void setMeetingPlanFi(String meetingPlanFi) {
        this.meetingPlanFi = meetingPlanFi;
    }

    public String getMeetingPlanSv() {
        return meetingPlanSv;
    }

    public void setMeetingPlanSv(String meetingPlanSv) {
        this.meetingPlanSv = meetingPlanSv;
    }

    public String getMeetingPlanEn() {
        return meetingPlanEn;
    }

    public void setMeetingPlanEn(String meetingPlanEn) {
        this.meetingPlanEn = meetingPlanEn;
    }

    public Integer getMeetingsPerYear() {
        return meetingsPerYear;
    }

    public void setMeetingsPerYear(Integer meetingsPerYear) {
        this.meetingsPerYear = meetingsPerYear;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public Integer getForumSize() {
        return forumSize;
    }

    public void setForumSize(Integer forumSize) {
        this.forumSize = forumSize;
    }

    public List<ExpertiseArea> getAreas() {
        return areas;
    }

    public void setAreas(List<ExpertiseArea> areas) {
        this.areas = areas == null ? new ArrayList<>() : new ArrayList<>(areas);
    }
}
