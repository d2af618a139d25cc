package fi.cocreate.consultation.control;

import fi.cocreate.audit.entity.AuditAction;
import fi.cocreate.consultation.entity.AnswerRedaction;
import fi.cocreate.consultation.entity.ProposalReaction;
import fi.cocreate.consultation.entity.ResponseChannel;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A moderation history entry's detail in the reader's language. The audit log keeps details language-neutral, with
 * enum names ("2. PASSAGE: personal data", "#5 NOT_ADOPTED: ...", "EMAIL 2026-11-20T08:00:00Z", the accepted-after-
 * redaction mark RESPONSE_REDACTED); here those names become their labels ({@code label} looks a bundle key up, e.g.
 * {@code redaction.kind.PASSAGE}). Staff's own words (reasons) are kept as they are; anything else is shown unchanged.
 */
public final class ModerationHistoryText {

    private static final Pattern REDACTION =
            Pattern.compile("^(\\d+\\. )?(" + names(AnswerRedaction.Kind.values()) + ")(: .*)?$", Pattern.DOTALL);
    private static final Pattern REACTION =
            Pattern.compile("^(#\\d+ )(" + names(ProposalReaction.values()) + ")(: .*)?$", Pattern.DOTALL);
    private static final Pattern CHANNEL =
            Pattern.compile("^(" + names(ResponseChannel.values()) + ")( .*)?$", Pattern.DOTALL);

    private ModerationHistoryText() {}

    public static String detail(AuditAction action, String detail, UnaryOperator<String> label) {
        if (detail == null || detail.isEmpty() || action == null) {
            return detail == null ? "" : detail;
        }
        Matcher m;
        switch (action) {
            case RESPONSE_REDACTED, REDACTION_WITHDRAWN -> {
                m = REDACTION.matcher(detail);
                if (m.matches()) {
                    return nz(m.group(1)) + label.apply("redaction.kind." + m.group(2)) + nz(m.group(3));
                }
            }
            case RESPONSE_ACCEPTED -> {
                if (detail.equals(AuditAction.RESPONSE_REDACTED.name())) {
                    return label.apply("audit.action." + AuditAction.RESPONSE_REDACTED.name());
                }
            }
            case PROPOSAL_ANSWERED -> {
                m = REACTION.matcher(detail);
                if (m.matches()) {
                    return m.group(1) + label.apply("proposalReaction." + m.group(2)) + nz(m.group(3));
                }
            }
            case RESPONSE_ENTERED -> {
                m = CHANNEL.matcher(detail);
                if (m.matches()) {
                    return label.apply("responseChannel." + m.group(1)) + nz(m.group(2));
                }
            }
            default -> {
                // other details are staff's words or numbers: as they are
            }
        }
        return detail;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String names(Enum<?>[] values) {
        StringBuilder b = new StringBuilder();
        for (Enum<?> v : values) {
            b.append(b.length() == 0 ? "" : "|").append(v.name());
        }
        return b.toString();
    }
}
