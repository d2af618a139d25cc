package fi.cocreate.consultation.entity;

import fi.cocreate.common.BusinessException;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A summary statement resting on a response, or on one passage of it. The response must belong to the summary's own
 * consultation; whether the public sees the citation is decided when the summary is shown, by the response's
 * moderation and the organisation's consent.
 */
@Entity
@Table(name = "summary_citation")
@NamedQuery(
        name = Citation.OF_SUMMARY,
        query = "select c from Citation c where c.statement.summary.id = :summary order by c.id")
public class Citation {

    public static final String OF_SUMMARY = "Citation.ofSummary";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "statement_id")
    private SummaryStatement statement;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "response_id")
    private Response response;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "passage_id")
    private Passage passage;

    protected Citation() {}

    public Citation(SummaryStatement statement, Response response, Passage passage) {
        this.statement = Objects.requireNonNull(statement, "Statement is required.");
        this.response = Objects.requireNonNull(response, "Response is required.");
        Consultation own = statement.getSummary().getConsultation();
        if (!own.getId().equals(response.getConsultation().getId())) {
            throw new BusinessException("citation.otherConsultation");
        }
        if (passage != null && !passage.getResponse().getId().equals(response.getId())) {
            throw new BusinessException("citation.otherConsultation");
        }
        this.passage = passage;
    }

    public Long getId() {
        return id;
    }

    public SummaryStatement getStatement() {
        return statement;
    }

    public Response getResponse() {
        return response;
    }

    public Passage getPassage() {
        return passage;
    }
}
