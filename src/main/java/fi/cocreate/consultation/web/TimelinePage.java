package fi.cocreate.consultation.web;

import fi.cocreate.consultation.boundary.ReportProcesses;
import fi.cocreate.consultation.control.TimelineEntry;
import fi.cocreate.consultation.entity.ReportProcess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/** The public progress timeline of a report process. */
@Named
@RequestScoped
public class TimelinePage {

    @Inject
    ReportProcesses processes;

    @Inject
    fi.cocreate.common.web.LocaleSelection localeSelection;

    private Long id;
    private ReportProcess process;
    private List<TimelineEntry> entries;

    public void load() throws IOException {
        process = processes.find(id == null ? -1 : id);
        entries = processes.timeline(process.getId());
    }

    public String date(TimelineEntry entry) {
        return fi.cocreate.common.DateTimes.date(entry.date(), localeSelection.getLocale());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReportProcess getProcess() {
        return process;
    }

    public List<TimelineEntry> getEntries() {
        return entries;
    }
}
