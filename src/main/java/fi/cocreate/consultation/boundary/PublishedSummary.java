package fi.cocreate.consultation.boundary;

import fi.cocreate.consultation.entity.ConsultationSummary;
import fi.cocreate.consultation.entity.SummaryStatement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A published summary with, for each statement, its citations of public responses only. {@code lastModified} is the
 * later of the publication and the last moderation of a cited response (which may hide or show a citation).
 */
public record PublishedSummary(ConsultationSummary summary, Map<Long, List<PublicCitation>> citations,
        Instant lastModified) {

    /** A validator that changes whenever what the public sees of the summary changes (statements, citations). */
    public String fingerprint() {
        StringBuilder content = new StringBuilder().append(summary.getId()).append('|')
                .append(summary.getPublishedAt()).append('|').append(lastModified);
        summary.getStatements().forEach(s -> content.append('|').append(s.getId()).append(':')
                .append(citationsOf(s)));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }


    public List<PublicCitation> citationsOf(SummaryStatement statement) {
        return citations.getOrDefault(statement.getId(), List.of());
    }
}
