package fi.cocreate.consultation.boundary;

import fi.cocreate.consultation.control.ThemeNames;
import fi.cocreate.consultation.entity.ConsultationSummary;
import fi.cocreate.consultation.entity.ProposalReaction;
import fi.cocreate.consultation.entity.SummaryStatement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A published summary with, for each statement, its citations of public responses only, and the ministry's answers
 * to the proposals of public responses. {@code lastModified} is the latest of the publication, the last moderation of
 * a cited or proposing response (which may hide or show a citation) and the last answer to a proposal.
 * {@code themes}: the names of the consultation's themes (its own beside the seven) the statements may be coded by.
 */
public record PublishedSummary(
        ConsultationSummary summary,
        Map<Long, List<PublicCitation>> citations,
        List<PublicProposal> proposals,
        Instant lastModified,
        ThemeNames themes) {

    public PublishedSummary(
            ConsultationSummary summary,
            Map<Long, List<PublicCitation>> citations,
            List<PublicProposal> proposals,
            Instant lastModified) {
        this(summary, citations, proposals, lastModified, ThemeNames.seedOnly());
    }

    /** The proposals answered with one reaction, and how many. */
    public record ReactionGroup(ProposalReaction reaction, List<PublicProposal> proposals) {
        public int count() {
            return proposals.size();
        }
    }

    public PublishedSummary {
        proposals = List.copyOf(proposals);
        themes = themes == null ? ThemeNames.seedOnly() : themes;
    }

    /** A validator that changes whenever what the public sees of the summary changes (statements, citations). */
    public String fingerprint() {
        StringBuilder content = new StringBuilder()
                .append(summary.getId())
                .append('|')
                .append(summary.getPublishedAt())
                .append('|')
                .append(lastModified);
        summary.getStatements()
                .forEach(s -> content.append('|').append(s.getId()).append(':').append(citationsOf(s)));
        proposals.forEach(p -> content.append('|').append(p));
        new java.util.TreeMap<>(themes.own())
                .forEach((id, label) -> content.append("|theme ")
                        .append(id)
                        .append(':')
                        .append(label.getFi())
                        .append('/')
                        .append(label.getSv())
                        .append('/')
                        .append(label.getEn()));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<PublicCitation> citationsOf(SummaryStatement statement) {
        return citations.getOrDefault(statement.getId(), List.of());
    }

    /** The answered proposals grouped by reaction in the order of {@link ProposalReaction}, empty groups left out. */
    public List<ReactionGroup> proposalGroups() {
        return Arrays.stream(ProposalReaction.values())
                .map(r -> new ReactionGroup(
                        r, proposals.stream().filter(p -> p.reaction() == r).toList()))
                .filter(g -> !g.proposals().isEmpty())
                .toList();
    }
}
