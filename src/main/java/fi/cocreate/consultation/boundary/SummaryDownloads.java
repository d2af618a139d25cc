package fi.cocreate.consultation.boundary;

import fi.cocreate.consultation.control.CsvCells;
import fi.cocreate.consultation.control.SummaryDocument;
import fi.cocreate.consultation.control.SummaryPdf;
import fi.cocreate.consultation.control.XlsxSheet;
import fi.cocreate.consultation.entity.Answer;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationSummary;
import fi.cocreate.consultation.entity.Question;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

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

    /** Every submitted response of the consultation as CSV (UTF-8 with a byte order mark, for spreadsheets). */
    public byte[] csv(long consultationId) {
        Table table = table(consultationId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            CsvCells.write(table.header(), table.rows(), writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public byte[] xlsx(long consultationId) {
        Table table = table(consultationId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XlsxSheet.write("Responses", table.header(), table.rows(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private record Table(List<String> header, List<List<String>> rows) {
    }

    private Table table(long consultationId) {
        staff.require();
        Consultation consultation = consultations.find(consultationId);
        List<Question> questions = consultation.getQuestions();
        List<String> header = new ArrayList<>(List.of("response_id", "reference", "organisation", "organisation_type",
                "business_id", "submitted_at", "version", "publication_consent", "moderation_state", "hidden_reason",
                "redacted_text", "themes"));
        questions.forEach(q -> header.add("Q" + q.getPosition() + " " + q.getText().in(Locale.ENGLISH)));
        List<List<String>> rows = new ArrayList<>();
        for (ModeratedResponse m : moderation.moderated(consultationId)) {
            var r = m.response();
            List<String> row = new ArrayList<>(List.of(String.valueOf(r.getId()), nz(r.getReferenceNumber()),
                    r.getOrganisation().getName(), r.getOrganisation().getType().name(),
                    nz(r.getOrganisation().getBusinessId()), String.valueOf(r.getSubmittedAt()),
                    String.valueOf(r.getSubmittedVersion()), String.valueOf(r.isPublicationConsent()),
                    m.state().name(), nz(m.hiddenReason()), nz(m.redactedText()),
                    m.tags().stream().map(ThemeTag::getTheme).map(Enum::name).distinct().sorted()
                            .collect(Collectors.joining(" "))));
            for (Question q : questions) {
                row.add(r.submittedVersion().flatMap(v -> v.answerTo(q.getId())).map(SummaryDownloads::answerText)
                        .orElse(""));
            }
            rows.add(row);
        }
        return new Table(header, rows);
    }

    private static String answerText(Answer a) {
        StringBuilder text = new StringBuilder(nz(a.getText()));
        if (!a.getSelectedOptions().isEmpty()) {
            text.append(text.length() > 0 ? " " : "").append("[options ").append(a.getSelectedOptions()).append(']');
        }
        if (a.getScaleValue() != null) {
            text.append(text.length() > 0 ? " " : "").append("[scale ").append(a.getScaleValue()).append(']');
        }
        return text.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
