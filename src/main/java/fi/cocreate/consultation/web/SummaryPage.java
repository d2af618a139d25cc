package fi.cocreate.consultation.web;

import fi.cocreate.consultation.boundary.PublicCitation;
import fi.cocreate.consultation.boundary.PublicSummaries;
import fi.cocreate.consultation.boundary.PublishedSummary;
import fi.cocreate.consultation.entity.SummarySection;
import fi.cocreate.consultation.entity.SummaryStatement;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/** The public page of a published summary: statements by section, each with links to the public responses cited. */
@Named
@RequestScoped
public class SummaryPage {

    @Inject
    PublicSummaries summaries;

    private Long id;
    private PublishedSummary published;

    public void load() throws IOException {
        published = id == null ? null : summaries.of(id).orElse(null);
        if (published == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Not found");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public SummarySection[] getSections() {
        return SummarySection.values();
    }

    public List<SummaryStatement> statementsOf(SummarySection section) {
        return published.summary().getStatements().stream().filter(s -> s.getSection() == section).toList();
    }

    public List<PublicCitation> citationsOf(SummaryStatement statement) {
        return published.citationsOf(statement);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public fi.cocreate.consultation.entity.ConsultationSummary getSummary() {
        return published.summary();
    }

    public PublishedSummary getPublished() {
        return published;
    }
}
