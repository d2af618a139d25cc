package fi.cocreate.forum.panel.web;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.Found;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.common.web.LocalizedInput;
import fi.cocreate.common.web.Notices;
import fi.cocreate.forum.panel.boundary.Panels;
import fi.cocreate.forum.panel.entity.LevelDescriptor;
import fi.cocreate.forum.panel.entity.RubricCriterion;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Staff define the rubric: criteria with a weight and a descriptor for each level of the 1–5 scale, in Finnish,
 * Swedish and English. One criterion is edited at a time.
 */
@Named
@ViewScoped
public class RubricEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Panels panels;

    private Long callId;
    private List<RubricCriterion> criteria;
    private Long editingId;
    /** The version of the criterion being edited, as this page showed it (issue 10). */
    private Long editingVersion;

    private LocalizedInput name;
    private double weight;
    private List<LocalizedInput> levels;

    public void load() {
        Found.found(callId, "forum.call.notFound"); // no id in the address: the 404 page
        criteria = panels.rubric(callId);
        startNew();
    }

    public void startNew() {
        editingId = null;
        name = new LocalizedInput();
        weight = 1;
        levels = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            levels.add(new LocalizedInput());
        }
    }

    public void edit(RubricCriterion criterion) {
        editingId = criterion.getId();
        editingVersion = criterion.getVersion();
        name = LocalizedInput.of(criterion.getName());
        weight = criterion.getWeight();
        levels = new ArrayList<>();
        for (LevelDescriptor level : criterion.getLevels()) {
            levels.add(LocalizedInput.of(level.getText()));
        }
    }

    public void save() {
        List<LocalizedText> texts = levels.stream().map(RubricEditor::required).toList();
        if (editingId == null) {
            panels.addCriterion(callId, required(name), weight, texts);
        } else {
            panels.updateCriterion(editingId, required(name), weight, texts, editingVersion);
        }
        Notices.info("panel.saved");
        criteria = panels.rubric(callId);
        startNew();
    }

    public void remove(RubricCriterion criterion) {
        panels.removeCriterion(criterion.getId(), criterion.getVersion());
        criteria = panels.rubric(callId);
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public List<RubricCriterion> getCriteria() {
        return criteria;
    }

    public Long getEditingId() {
        return editingId;
    }

    public LocalizedInput getName() {
        return name;
    }

    public double getWeight() {
        return weight;
    }

    public void setWeight(double weight) {
        this.weight = weight;
    }

    public List<LocalizedInput> getLevels() {
        return levels;
    }

    private static LocalizedText required(LocalizedInput input) {
        LocalizedText text = input.toText();
        if (text == null) {
            throw new BusinessException("panel.rubric.textRequired");
        }
        return text;
    }
}
