package fi.cocreate.forum.panel.web;

import fi.cocreate.common.Found;
import fi.cocreate.forum.panel.boundary.PanelCalibration;
import fi.cocreate.forum.panel.boundary.PanelResults;
import fi.cocreate.forum.panel.control.Calibration;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Staff compare each panellist's use of the scale with the panel's, and see what normalisation does to the top k. */
@Named
@ViewScoped
public class CalibrationBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of the distribution table: the panel (first) or one panellist. */
    public record Row(String name, boolean panel, int applications, Calibration.Distribution values, double offset)
            implements Serializable {}

    /** An application in or out of the top k, with its applicant's name. */
    public record MoveRow(String name, Calibration.Move move) implements Serializable {}

    @Inject
    PanelResults results;

    private Long callId;
    private PanelCalibration calibration;
    private final List<Row> rows = new ArrayList<>();
    private final List<MoveRow> movedIn = new ArrayList<>();
    private final List<MoveRow> movedOut = new ArrayList<>();

    public void load() {
        Found.found(callId, "forum.call.notFound"); // no id in the address: the 404 page
        calibration = results.calibration(callId);
        Calibration.Report report = calibration.report();
        rows.add(new Row(null, true, 0, report.panel(), 0));
        report.panellists()
                .forEach(p -> rows.add(new Row(
                        calibration.panellist(p.panellistId()), false, p.applications(), p.values(), p.offset())));
        report.movedIn().forEach(m -> movedIn.add(new MoveRow(calibration.applicant(m.applicationId()), m)));
        report.movedOut().forEach(m -> movedOut.add(new MoveRow(calibration.applicant(m.applicationId()), m)));
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public PanelCalibration getCalibration() {
        return calibration;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<MoveRow> getMovedIn() {
        return movedIn;
    }

    public List<MoveRow> getMovedOut() {
        return movedOut;
    }

    public List<Integer> getLevels() {
        return List.of(1, 2, 3, 4, 5);
    }
}
