package fi.cocreate.consultation.web;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.Campaigns;
import fi.cocreate.consultation.boundary.Consultations;
import fi.cocreate.consultation.entity.Theme;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Staff's page of near-identical responses: the groups the app suggests, confirmed campaigns, and coding a whole
 * campaign with a theme at once. The groups are computed when the page opens (view action) and kept with the view as
 * small records; every action redirects back (PRG), so the page always shows the groups anew.
 */
@Named
@ViewScoped
public class CampaignsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Campaigns campaigns;

    @Inject
    fi.cocreate.consultation.boundary.OwnThemes ownThemes;

    /** The consultation's themes, read once per view. */
    private java.util.ArrayList<Theme> themes;

    @Inject
    Consultations consultations;

    private Long id;
    private LocalizedText title;
    private List<Campaigns.Group> suggested = List.of();
    private List<Campaigns.Group> confirmed = List.of();
    private Theme theme;

    public void load() {
        title = consultations.find(id == null ? -1 : id).getTitle();
        confirmed = campaigns.confirmed(id);
        suggested = campaigns.suggested(id);
        themes = new java.util.ArrayList<>(ownThemes.available(id == null ? -1 : id));
    }

    public String confirm(int index) {
        if (index < 0 || index >= suggested.size()) {
            throw new BusinessException("campaign.changed");
        }
        Campaigns.Group group = suggested.get(index);
        campaigns.confirm(
                id, group.members().stream().map(Campaigns.Member::responseId).toList());
        Notices.info("campaign.confirmed", group.size());
        return back();
    }

    public String dissolve(long campaignId) {
        campaigns.dissolve(id, campaignId);
        Notices.info("campaign.dissolved");
        return back();
    }

    public String tag(long campaignId) {
        if (theme == null) {
            throw new BusinessException("campaign.chooseTheme");
        }
        Notices.info("campaign.tagged", campaigns.tag(id, campaignId, theme));
        return back();
    }

    private String back() {
        return "/consultation/staff/campaigns.xhtml?faces-redirect=true&id=" + id;
    }

    /** The themes the consultation's feedback is coded by: the seven and the consultation's own. */
    public java.util.List<Theme> getThemes() {
        return themes;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public List<Campaigns.Group> getSuggested() {
        return suggested;
    }

    public List<Campaigns.Group> getConfirmed() {
        return confirmed;
    }

    public Theme getTheme() {
        return theme;
    }

    public void setTheme(Theme theme) {
        this.theme = theme;
    }
}
