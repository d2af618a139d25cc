package fi.cocreate.consultation.web;

import fi.cocreate.common.ApplicationClock;
import fi.cocreate.common.LocalizedText;
import fi.cocreate.common.web.Notices;
import fi.cocreate.consultation.boundary.Consultations;
import fi.cocreate.consultation.boundary.Extensions;
import fi.cocreate.consultation.entity.Consultation;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Staff give one organisation more time in a consultation, with a reason, and see and withdraw the extensions. The
 * organisation is found by typing part of its name or business id (a bounded search). Each action redirects (PRG).
 */
@Named
@ViewScoped
public class ExtensionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Extensions extensions;

    @Inject
    Consultations consultations;

    private Long id;
    private LocalizedText title;
    private Instant deadline;
    private List<Extensions.Row> rows = List.of();
    private Extensions.OrganisationChoice organisation;
    private LocalDateTime until;
    private String reason;
    private final OrganisationPicker picker = new OrganisationPicker();

    public void load() {
        Consultation consultation = consultations.find(id == null ? -1 : id);
        title = consultation.getTitle();
        deadline = consultation.getDeadline();
        rows = extensions.of(id);
    }

    public List<Extensions.OrganisationChoice> complete(String typed) {
        return picker.complete(extensions, typed);
    }

    /** A refusal is shown at the field it is about (the date or the reason); what staff typed stays in the form. */
    public String grant() {
        if (organisation == null) {
            Notices.errorAt("grant:organisation", "extension.chooseOrganisation");
            return null;
        }
        extensions.grant(id, organisation.id(), ApplicationClock.instantOf(until), reason);
        Notices.info("extension.granted", organisation.name());
        return back();
    }

    public String withdraw(long extensionId) {
        extensions.withdraw(id, extensionId);
        Notices.info("extension.withdrawn");
        return back();
    }

    private String back() {
        return "/consultation/staff/extensions.xhtml?faces-redirect=true&id=" + id;
    }

    /** The picker's submitted value (an organisation id) back to the organisation it offered. */
    public Converter<Extensions.OrganisationChoice> getConverter() {
        return picker.converter();
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

    public Instant getDeadline() {
        return deadline;
    }

    public List<Extensions.Row> getRows() {
        return rows;
    }

    public Extensions.OrganisationChoice getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Extensions.OrganisationChoice organisation) {
        this.organisation = organisation;
    }

    public LocalDateTime getUntil() {
        return until;
    }

    public void setUntil(LocalDateTime until) {
        this.until = until;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
