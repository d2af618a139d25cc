package fi.cocreate.forum.panel.web;

import fi.cocreate.common.Found;
import fi.cocreate.common.web.Notices;
import fi.cocreate.forum.panel.boundary.CountryRegion;
import fi.cocreate.forum.panel.boundary.RegionsOfOrigin;
import fi.cocreate.forum.panel.control.OriginRegions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Staff see which region of origin each applicant's country counts in for this call, and move countries. */
@Named
@ViewScoped
public class RegionMapping implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegionsOfOrigin regions;

    private Long callId;
    private List<CountryRegion> countries;
    private final Map<String, String> choices = new HashMap<>();

    public void load() {
        Found.found(callId, "forum.call.notFound"); // no id in the address: the 404 page
        refresh();
    }

    private void refresh() {
        countries = regions.countries(callId);
        choices.clear();
        countries.forEach(c -> choices.put(c.country(), c.region()));
    }

    public void save() {
        int changed = 0;
        for (CountryRegion c : countries) {
            String chosen = choices.get(c.country());
            if (chosen != null && !chosen.equals(c.region()) && regions.move(callId, c.country(), chosen)) {
                changed++;
            }
        }
        Notices.info("panel.regions.saved", changed);
        refresh();
    }

    public List<String> getRegionCodes() {
        return OriginRegions.CODES;
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public List<CountryRegion> getCountries() {
        return countries;
    }

    public Map<String, String> getChoices() {
        return choices;
    }
}
