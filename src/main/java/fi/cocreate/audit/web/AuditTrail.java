package fi.cocreate.audit.web;

import fi.cocreate.audit.boundary.AuditLog;
import fi.cocreate.audit.boundary.AuditLog.Filter;
import fi.cocreate.audit.boundary.AuditLog.Line;
import fi.cocreate.audit.entity.AuditAction;
import fi.cocreate.audit.entity.AuditAction.RecordKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The administrator's audit log page: a lazy table, newest first, a page at a time from the database, filtered by
 * action, kind of record, record number and actor. {@code ?kind=RESPONSE&record=12} opens the history of one record.
 */
@Named
@ViewScoped
public class AuditTrail implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog log;

    private AuditAction action;
    private RecordKind kind;
    private Long record;
    private String actor;

    private final LazyDataModel<Line> lines = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, log.count(filter()));
        }

        @Override
        public List<Line> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return log.lines(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(Line line) {
            return String.valueOf(line.id());
        }
    };

    private Filter filter() {
        return new Filter(action, kind, record, actor);
    }

    /** The filter form's button: the table reads the fields at its next load. */
    public void search() {
        lines.setRowCount((int) Math.min(Integer.MAX_VALUE, log.count(filter())));
    }

    public LazyDataModel<Line> getLines() {
        return lines;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public RecordKind[] getKinds() {
        return RecordKind.values();
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public RecordKind getKind() {
        return kind;
    }

    public void setKind(RecordKind kind) {
        this.kind = kind;
    }

    public Long getRecord() {
        return record;
    }

    public void setRecord(Long record) {
        this.record = record;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }
}
