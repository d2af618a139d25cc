package fi.cocreate.consultation.web;

import fi.cocreate.common.LocalizedText;
import fi.cocreate.consultation.boundary.ModeratedResponse;
import fi.cocreate.consultation.control.RedactedText;
import fi.cocreate.consultation.entity.Answer;
import fi.cocreate.consultation.entity.AnswerRedaction;
import fi.cocreate.consultation.entity.ModerationState;
import fi.cocreate.consultation.entity.Passage;
import fi.cocreate.consultation.entity.QuestionOption;
import fi.cocreate.consultation.entity.Response;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.consultation.entity.ThemeTag;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the moderation page shows of one response, copied out of the boundary's {@link ModeratedResponse} when the
 * page reads it: plain values, so the view keeps them when it moves to another server. The version and reason are
 * the ones the page opened with; the page passes the version back with each decision.
 */
public record ModerationSheet(
        long responseId,
        long consultationId,
        boolean eventOutput,
        LocalizedText eventTitle,
        Instant eventStartsAt,
        String organisation,
        boolean organisationVerified,
        String referenceNumber,
        boolean publicationConsent,
        ModerationState state,
        String hiddenReason,
        boolean visibleToPublic,
        long moderationVersion,
        List<Tag> responseTags,
        List<Quote> passages,
        List<Redaction> redactions,
        Map<Long, RedactedText> publicAnswers,
        List<ShownAnswer> answers)
        implements Serializable {

    /** A theme tag on the whole response. */
    public record Tag(long id, Theme theme) implements Serializable {}

    /** A quoted passage: its text, the position of its question and the themes it is tagged with. */
    public record Quote(long id, String quote, int questionPosition, List<Theme> themes) implements Serializable {}

    /** A redaction: of which answer (null position for the whole response), what and why, by whom. */
    public record Redaction(
            long id,
            Integer questionPosition,
            AnswerRedaction.Kind kind,
            String passage,
            String replacement,
            String reason,
            String createdBy,
            Instant createdAt)
            implements Serializable {}

    /** A submitted answer with its question: the text, the options chosen (their labels) and the scale value. */
    public record ShownAnswer(
            long questionId,
            int position,
            LocalizedText question,
            List<LocalizedText> chosen,
            Integer scaleValue,
            Integer scaleMin,
            Integer scaleMax,
            String text)
            implements Serializable {}

    static ModerationSheet of(ModeratedResponse moderated) {
        Response r = moderated.response();
        boolean eventOutput = r.isEventOutput();
        return new ModerationSheet(
                r.getId(),
                r.getConsultation().getId(),
                eventOutput,
                eventOutput ? r.getEvent().getTitle() : null,
                eventOutput ? r.getEvent().getStartsAt() : null,
                eventOutput ? null : r.getOrganisation().getName(),
                !eventOutput && r.getOrganisation().isVerified(),
                r.getReferenceNumber(),
                r.isPublicationConsent(),
                moderated.state(),
                moderated.hiddenReason(),
                moderated.visibleToPublic(),
                moderated.moderationVersion(),
                moderated.responseTags().stream()
                        .map(t -> new Tag(t.getId(), t.getTheme()))
                        .toList(),
                moderated.passages().stream().map(p -> quote(moderated, p)).toList(),
                moderated.redactions().stream().map(ModerationSheet::redaction).toList(),
                java.util.Collections.unmodifiableMap(new java.util.HashMap<>(moderated.publicAnswers())),
                r.submittedVersion()
                        .map(v -> v.getAnswers().stream()
                                .map(ModerationSheet::answer)
                                .toList())
                        .orElse(List.of()));
    }

    private static Quote quote(ModeratedResponse moderated, Passage passage) {
        return new Quote(
                passage.getId(),
                passage.getQuote(),
                passage.getQuestion().getPosition(),
                moderated.tagsOf(passage).stream().map(ThemeTag::getTheme).toList());
    }

    private static Redaction redaction(AnswerRedaction r) {
        return new Redaction(
                r.getId(),
                r.getQuestion() == null ? null : r.getQuestion().getPosition(),
                r.getKind(),
                r.getPassage(),
                r.getReplacement(),
                r.getReason(),
                r.getCreatedBy(),
                r.getCreatedAt());
    }

    private static ShownAnswer answer(Answer a) {
        List<QuestionOption> options = a.getQuestion().getOptions();
        List<LocalizedText> chosen = java.util.stream.IntStream.range(0, options.size())
                .filter(i -> a.getSelectedOptions().contains(i))
                .mapToObj(i -> options.get(i).getLabel())
                .toList();
        return new ShownAnswer(
                a.getQuestion().getId(),
                a.getQuestion().getPosition(),
                a.getQuestion().getText(),
                chosen,
                a.getScaleValue(),
                a.getQuestion().getScaleMin(),
                a.getQuestion().getScaleMax(),
                a.getText());
    }
}
