package fi.cocreate.consultation.boundary;

import fi.cocreate.consultation.entity.ConsultationSummary;
import fi.cocreate.consultation.entity.SummaryStatement;
import java.util.List;
import java.util.Map;

/** A published summary with, for each statement, its citations of public responses only. */
public record PublishedSummary(ConsultationSummary summary, Map<Long, List<PublicCitation>> citations) {

    public List<PublicCitation> citationsOf(SummaryStatement statement) {
        return citations.getOrDefault(statement.getId(), List.of());
    }
}
