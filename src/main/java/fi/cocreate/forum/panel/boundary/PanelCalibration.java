package fi.cocreate.forum.panel.boundary;

import fi.cocreate.forum.panel.control.Calibration;
import java.io.Serializable;
import java.util.Map;

/**
 * The calibration of a call's panel for staff: {@link Calibration.Report} with the panellists' and applicants' names.
 *
 * @param normalised whether the round ranks by the normalised mean (else the moves show what turning it on would do)
 */
public record PanelCalibration(
        Calibration.Report report,
        Map<String, String> panellistNames,
        Map<String, String> applicantNames,
        boolean normalised)
        implements Serializable {

    public PanelCalibration {
        panellistNames = Map.copyOf(panellistNames);
        applicantNames = Map.copyOf(applicantNames);
    }

    public String panellist(String id) {
        return panellistNames.getOrDefault(id, id);
    }

    public String applicant(String id) {
        return applicantNames.getOrDefault(id, id);
    }
}
