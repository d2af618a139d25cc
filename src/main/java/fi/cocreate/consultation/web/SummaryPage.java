package fi.cocreate.consultation.web;

import fi.cocreate.common.Found;
import fi.cocreate.common.web.LocaleSelection;
import fi.cocreate.consultation.boundary.PublicCitation;
import fi.cocreate.consultation.boundary.PublicSummaries;
import fi.cocreate.consultation.boundary.PublishedSummary;
import fi.cocreate.consultation.entity.SummarySection;
import fi.cocreate.consultation.entity.SummaryStatement;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The public page of a published summary: statements by section, each with links to the public responses cited. */
@Named
@RequestScoped
public class SummaryPage {

    @Inject
    PublicSummaries summaries;

    @Inject
    LocaleSelection localeSelection;

    private Long id;
    private PublishedSummary published;
    private fi.cocreate.consultation.boundary.SummaryCoverage coverage;

    @Inject
    fi.cocreate.consultation.boundary.Summaries coverageSource;

    public void load() throws IOException {
        published = Found.found(id == null ? Optional.empty() : summaries.of(id), "notFound");
        coverage = coverageSource.publicCoverage(id);
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        if (request.getUserPrincipal() == null) {
            answerConditionally(faces, request);
        }
    }

    /**
     * A published summary changes only when a cited response's moderation does, so an anonymous visitor's copy
     * carries an ETag (per language) and Last-Modified, and a conditional request that still matches gets 304.
     */
    private void answerConditionally(FacesContext faces, HttpServletRequest request) {
        HttpServletResponse response =
                (HttpServletResponse) faces.getExternalContext().getResponse();
        String etag = "\"" + published.fingerprint() + "-" + coverage.cited() + "-" + coverage.accepted() + "-"
                + localeSelection.getLanguage() + "\"";
        long lastModified =
                published.lastModified().truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", lastModified);
        String ifNoneMatch = request.getHeader("If-None-Match");
        boolean unchanged;
        if (ifNoneMatch != null) {
            unchanged = Arrays.stream(ifNoneMatch.split(","))
                    .map(String::strip)
                    .anyMatch(t -> t.equals(etag) || t.equals("W/" + etag) || t.equals("*"));
        } else {
            long since = -1;
            try {
                since = request.getDateHeader("If-Modified-Since");
            } catch (IllegalArgumentException e) {
                // an unreadable date is ignored, as HTTP says
            }
            unchanged = since >= 0 && lastModified <= since;
        }
        if (unchanged) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            faces.responseComplete();
        }
    }

    public SummarySection[] getSections() {
        return SummarySection.values();
    }

    public List<SummaryStatement> statementsOf(SummarySection section) {
        return published.summary().getStatements().stream()
                .filter(s -> s.getSection() == section)
                .toList();
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

    /** How many of the responses staff accepted the summary cites. */
    public fi.cocreate.consultation.boundary.SummaryCoverage getCoverage() {
        return coverage;
    }

    public PublishedSummary getPublished() {
        return published;
    }
}
