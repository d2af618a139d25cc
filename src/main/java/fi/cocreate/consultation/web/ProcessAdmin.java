package fi.cocreate.consultation.web;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.ReportProcesses;
import fi.cocreate.consultation.entity.ReportProcess;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Staff's list of report processes; a new one is created by name and then edited on its timeline page. */
@Named
@RequestScoped
public class ProcessAdmin {

    @Inject
    ReportProcesses processes;

    private String nameFi;
    private String nameSv;
    private String nameEn;

    private List<ReportProcess> all = List.of();

    /** Reads the processes once per request, when the page first names this bean. */
    @PostConstruct
    void load() {
        all = processes.all();
    }

    public List<ReportProcess> getAll() {
        return all;
    }

    public String create() {
        try {
            ReportProcess created = processes.create(new LocalizedText(nameFi, nameSv, nameEn));
            Notices.info("process.created");
            return "/consultation/staff/timeline-edit.xhtml?faces-redirect=true&id=" + created.getId();
        } catch (IllegalArgumentException e) {
            Notices.errorAt("process:nameFi", "process.nameRequired");
            return null;
        }
    }

    public String getNameFi() {
        return nameFi;
    }

    public void setNameFi(String nameFi) {
        this.nameFi = nameFi;
    }

    public String getNameSv() {
        return nameSv;
    }

    public void setNameSv(String nameSv) {
        this.nameSv = nameSv;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }
}
