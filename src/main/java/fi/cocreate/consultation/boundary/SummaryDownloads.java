package fi.cocreate.consultation.boundary;

import fi.cocreate.common.ApplicationClock;
import fi.cocreate.common.DateTimes;
import fi.cocreate.consultation.control.CsvCells;
import fi.cocreate.consultation.control.SummaryDocument;
import fi.cocreate.consultation.control.SummaryPdf;
import fi.cocreate.consultation.control.XlsxSheet;
import fi.cocreate.consultation.entity.Answer;
import fi.cocreate.consultation.entity.AttachmentInfo;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationSummary;
import fi.cocreate.consultation.entity.Question;
import fi.cocreate.consultation.entity.QuestionType;
import fi.cocreate.consultation.entity.SummarySection;
import fi.cocreate.consultation.entity.ThemeTag;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Files: the published summary as a PDF for anyone, and every submitted response with its moderation as CSV or XLSX
 * for staff.
 */
@Stateless
public class SummaryDownloads {

    @Inject
    PublicSummaries summaries;

    @Inject
    Moderation moderation;

    @Inject
    StaffAccess staff;

    @Inject
    fi.cocreate.consultation.boundary.Consultations consultations;

    @Inject
    Attachments attachments;

    /** The published summary as a PDF in the given language; empty if it is not published. */
    public Optional<byte[]> pdf(long consultationId, Locale locale) {
        return summaries.of(consultationId).map(published -> {
            ResourceBundle labels = ResourceBundle.getBundle("i18n.consultation", locale,
                    SummaryDownloads.class.getClassLoader());
            ConsultationSummary summary = published.summary();
            Consultation consultation = summary.getConsultation();
            List<SummaryDocument.Section> sections = new ArrayList<>();
            for (SummarySection section : SummarySection.values()) {
                sections.add(new SummaryDocument.Section(labels.getString("summarySection." + section.name()),
                        summary.getStatements().stream().filter(s -> s.getSection() == section)
                                .map(s -> new SummaryDocument.Statement(s.getText().in(locale),
                                        s.getTheme() == null ? null : labels.getString(s.getTheme().labelKey()),
                                        published.citationsOf(s).stream().map(c -> c.organisation()
                                                + (c.quote() == null ? "" : ": \u201c" + c.quote() + "\u201d"))
                                                .toList()))
                                .toList()));
            }
            String date = fi.cocreate.common.DateTimes.date(summary.getPublishedAt(), locale);
            SummaryDocument document = new SummaryDocument(
                    MessageFormat.format(labels.getString("summary.pdf.title"), consultation.getTitle().in(locale)),
                    consultation.getProcess() == null ? null : consultation.getProcess().in(locale),
                    MessageFormat.format(labels.getString("summary.pdf.published"), date), sections,
                    labels.getString("summary.citations"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                SummaryPdf.write(document, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        });
    }

    /**
     * Every submitted response of the consultation as CSV (UTF-8 with a byte order mark, for spreadsheets), with
     * headers and values (organisation types, themes, states, chosen options) in the staff member's language.
     */
    public byte[] csv(long consultationId, Locale locale) {
        Table table = table(consultationId, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            CsvCells.write(table.header(), table.rows().stream().map(row -> row.stream()
                    .map(cell -> cell instanceof LocalDateTime time ? DateTimes.dateTime(
                            time.atZone(ApplicationClock.ZONE).toInstant(), locale)
                            : cell instanceof Boolean yes ? table.yesNo(yes) : cell == null ? "" : cell.toString())
                    .toList()).toList(), writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The same as {@link #csv} as one XLSX sheet with typed cells: numbers, dates and yes/no as such. */
    public byte[] xlsx(long consultationId, Locale locale) {
        Table table = table(consultationId, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XlsxSheet.write(table.sheetName(), table.header(), table.rows(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private record Table(String sheetName, List<String> header, List<List<Object>> rows, String yes, String no) {
        String yesNo(boolean value) {
            return value ? yes : no;
        }
    }

    private Table table(long consultationId, Locale locale) {
        staff.require();
        ResourceBundle ct = ResourceBundle.getBundle("i18n.consultation", locale, SummaryDownloads.class.getClassLoader());
        ResourceBundle text = ResourceBundle.getBundle("i18n.text", locale, SummaryDownloads.class.getClassLoader());
        Consultation consultation = consultations.find(consultationId);
        List<Question> questions = consultation.getQuestions();
        List<String> header = new ArrayList<>(Stream.of("responseId", "reference", "organisation", "organisationType",
                "businessId", "submittedAt", "version", "consent", "moderation", "hiddenReason", "redactedText",
                "themes", "attachments").map(k -> ct.getString("export." + k)).toList());
        for (Question q : questions) {
            header.add(q.getPosition() + ". " + q.getText().in(locale));
            if (q.getType() != QuestionType.FREE_TEXT) {
                header.add(q.getPosition() + ". " + ct.getString("response.comment"));
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ModeratedResponse m : moderation.moderated(consultationId)) {
            var r = m.response();
            var organisation = r.getOrganisation();
            List<Object> row = new ArrayList<>();
            row.add(r.getId());
            row.add(nz(r.getReferenceNumber()));
            row.add(organisation.getName());
            row.add(ct.getString(organisation.getType().labelKey()));
            row.add(organisation.getBusinessId() != null ? organisation.getBusinessId()
                    : nz(organisation.getRegisterNumber()));
            row.add(r.getSubmittedAt() == null ? null
                    : LocalDateTime.ofInstant(r.getSubmittedAt(), ApplicationClock.ZONE));
            row.add(r.getSubmittedVersion());
            row.add(r.isPublicationConsent());
            row.add(ct.getString("moderationState." + m.state().name()));
            row.add(nz(m.hiddenReason()));
            row.add(nz(m.redactedText()));
            row.add(m.tags().stream().map(ThemeTag::getTheme).distinct().sorted()
                    .map(t -> ct.getString(t.labelKey())).collect(Collectors.joining("; ")));
            row.add(attachments.list(r.getId()).stream().map(AttachmentInfo::fileName)
                    .collect(Collectors.joining("; ")));
            for (Question q : questions) {
                Optional<Answer> answer = r.submittedVersion().flatMap(v -> v.answerTo(q.getId()));
                switch (q.getType()) {
                    case FREE_TEXT -> row.add(answer.map(a -> nz(a.getText())).orElse(""));
                    case SCALE -> row.add(answer.map(Answer::getScaleValue).orElse(null));
                    default -> row.add(answer.map(a -> a.getSelectedOptions().stream().sorted()
                            .filter(i -> i >= 0 && i < q.getOptions().size())
                            .map(i -> q.getOptions().get(i).getLabel().in(locale))
                            .collect(Collectors.joining("; "))).orElse(""));
                }
                if (q.getType() != QuestionType.FREE_TEXT) {
                    row.add(answer.map(a -> nz(a.getText())).orElse(""));
                }
            }
            rows.add(row);
        }
        return new Table(ct.getString("export.sheet"), header, rows, text.getString("yes"), text.getString("no"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
