package fi.cocreate.forum.panel.web;

import fi.cocreate.common.web.Notices;
import fi.cocreate.forum.panel.boundary.Selections;
import fi.cocreate.forum.panel.control.SelectionDimension;
import fi.cocreate.forum.panel.entity.SelectionRule;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Staff set the diversity rules of a call: min and max per value of a dimension. */
@Named
@ViewScoped
public class SelectionRulesEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Selections selections;

    private Long callId;
    private List<SelectionRule> rules;
    private SelectionDimension dimension = SelectionDimension.AREA;
    private String value;
    private Integer minimum;
    private Integer maximum;

    /** Loads the rules of the call the selection page shows. */
    public void load(Long call) {
        callId = call;
        if (callId == null || FacesContext.getCurrentInstance().getResponseComplete()) {
            return;
        }
        rules = selections.rules(callId);
    }

    public void save() {
        selections.setRule(callId, dimension, value, minimum == null ? 0 : minimum, maximum, shownVersion());
        Notices.info("panel.saved");
        value = null;
        minimum = null;
        maximum = null;
        rules = selections.rules(callId);
    }

    /** The version of the rule for the chosen dimension and value as this page showed it (issue 10). */
    private long shownVersion() {
        String shown = value == null ? "" : value.strip();
        return rules == null
                ? Selections.RULE_NOT_SHOWN
                : rules.stream()
                        .filter(r ->
                                r.getDimension() == dimension && r.getValue().equals(shown))
                        .mapToLong(SelectionRule::getVersion)
                        .findFirst()
                        .orElse(Selections.RULE_NOT_SHOWN);
    }

    public void remove(SelectionRule rule) {
        selections.removeRule(rule.getId(), rule.getVersion());
        rules = selections.rules(callId);
    }

    /** The values staff can choose for the current dimension. */
    public List<String> getValues() {
        return dimension.allowedValues();
    }

    public SelectionDimension[] getDimensions() {
        return SelectionDimension.values();
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public List<SelectionRule> getRules() {
        return rules;
    }

    public SelectionDimension getDimension() {
        return dimension;
    }

    public void setDimension(SelectionDimension dimension) {
        this.dimension = dimension;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public Integer getMinimum() {
        return minimum;
    }

    public void setMinimum(Integer minimum) {
        this.minimum = minimum;
    }

    public Integer getMaximum() {
        return maximum;
    }

    public void setMaximum(Integer maximum) {
        this.maximum = maximum;
    }
}
