package fi.cocreate.consultation.boundary;

import fi.cocreate.common.ApplicationClock;
import fi.cocreate.consultation.control.CsvCells;
import fi.cocreate.consultation.control.ExportSheet;
import fi.cocreate.consultation.control.SummaryDocument;
import fi.cocreate.consultation.control.SummaryPdf;
import fi.cocreate.consultation.control.XlsxSheet;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ConsultationSummary;
import fi.cocreate.consultation.entity.ModerationState;
import fi.cocreate.consultation.entity.OrganisationType;
import fi.cocreate.consultation.entity.Question;
import fi.cocreate.consultation.entity.SummarySection;
import fi.cocreate.consultation.entity.Theme;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * Files: the published summary as a PDF for anyone, and every submitted response with its moderation as CSV or XLSX
 * for staff.
 */
@Stateless
public class SummaryDownloads {

    /** Responses read per query by the exports. */
    static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

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
            String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                    .withZone(ApplicationClock.ZONE).format(summary.getPublishedAt());
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeCsv(consultationId, out);
        return out.toByteArray();
    }

    public byte[] xlsx(long consultationId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeXlsx(consultationId, out);
        return out.toByteArray();
    }

    /** Streams the CSV export to {@code out}: rows are written as they are read, never all held at once. */
    public void writeCsv(long consultationId, OutputStream out) {
        List<String> header = header(consultationId);
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            try (ExportSheet sheet = CsvCells.open(header, writer)) {
                rows(consultationId, sheet);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Streams the XLSX export to {@code out} through POI's streaming workbook. */
    public void writeXlsx(long consultationId, OutputStream out) {
        List<String> header = header(consultationId);
        try (ExportSheet sheet = XlsxSheet.open("Responses", header, out)) {
            rows(consultationId, sheet);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> header(long consultationId) {
        staff.require();
        Consultation consultation = consultations.find(consultationId);
        List<String> header = new ArrayList<>(List.of("response_id", "reference", "organisation", "organisation_type",
                "business_id", "submitted_at", "version", "publication_consent", "moderation_state", "hidden_reason",
                "redacted_text", "themes"));
        consultation.getQuestions().forEach(q -> header.add("Q" + q.getPosition() + " " + q.getText().in(Locale.ENGLISH)));
        return header;
    }

    /**
     * Writes the rows in chunks of {@value #CHUNK} responses in submission order: per chunk one query for the
     * responses with organisation and moderation, one for their tags, one for their submitted answers and one for the
     * chosen options. The persistence context is cleared between chunks, so memory stays flat.
     */
    private void rows(long consultationId, ExportSheet sheet) throws IOException {
        List<Long> questions = consultations.find(consultationId).getQuestions().stream().map(Question::getId)
                .toList();
        Instant afterAt = Instant.EPOCH;
        long afterId = 0;
        while (true) {
            List<Object[]> chunk = em.createQuery("select r.id, r.referenceNumber, o.name, o.type, o.businessId,"
                    + " r.submittedAt, r.submittedVersion, r.publicationConsent, m.state, m.hiddenReason,"
                    + " m.redactedText from Response r join r.organisation o"
                    + " left join ResponseModeration m on m.response = r where r.consultation.id = :c and r.state ="
                    + " fi.cocreate.consultation.entity.ResponseState.SUBMITTED and (r.submittedAt > :at"
                    + " or (r.submittedAt = :at and r.id > :id)) order by r.submittedAt, r.id", Object[].class)
                    .setParameter("c", consultationId).setParameter("at", afterAt).setParameter("id", afterId)
                    .setMaxResults(CHUNK).getResultList();
            if (chunk.isEmpty()) {
                return;
            }
            List<Long> ids = chunk.stream().map(r -> (Long) r[0]).toList();
            Map<Long, TreeSet<String>> themes = new HashMap<>();
            em.createQuery("select t.response.id, t.theme from ThemeTag t where t.response.id in :ids",
                    Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(t -> themes.computeIfAbsent((Long) t[0], k -> new TreeSet<>()).add(((Theme) t[1]).name()));
            Map<Long, Map<Long, Object[]>> answers = new HashMap<>();
            Map<Long, TreeSet<Integer>> options = new HashMap<>();
            List<Object[]> answerRows = em.createQuery("select v.response.id, a.question.id, a.id, a.text,"
                    + " a.scaleValue from Answer a join a.responseVersion v where v.response.id in :ids"
                    + " and v.number = v.response.submittedVersion", Object[].class).setParameter("ids", ids)
                    .getResultList();
            answerRows.forEach(a -> answers.computeIfAbsent((Long) a[0], k -> new HashMap<>()).put((Long) a[1], a));
            if (!answerRows.isEmpty()) {
                em.createQuery("select a.id, o from Answer a join a.selectedOptions o where a.id in :answers",
                        Object[].class).setParameter("answers", answerRows.stream().map(a -> (Long) a[2]).toList())
                        .getResultList()
                        .forEach(o -> options.computeIfAbsent((Long) o[0], k -> new TreeSet<>()).add((Integer) o[1]));
            }
            for (Object[] r : chunk) {
                long id = (Long) r[0];
                ModerationState state = r[8] == null ? ModerationState.RECEIVED : (ModerationState) r[8];
                List<String> row = new ArrayList<>(List.of(String.valueOf(id), nz((String) r[1]), (String) r[2],
                        ((OrganisationType) r[3]).name(), nz((String) r[4]), String.valueOf(r[5]),
                        String.valueOf(r[6]), String.valueOf(r[7]), state.name(), nz((String) r[9]),
                        nz((String) r[10]), String.join(" ", themes.getOrDefault(id, new TreeSet<>()))));
                Map<Long, Object[]> byQuestion = answers.getOrDefault(id, Map.of());
                for (Long q : questions) {
                    Object[] a = byQuestion.get(q);
                    row.add(a == null ? "" : answerText((String) a[3], options.getOrDefault((Long) a[2],
                            new TreeSet<>()), (Integer) a[4]));
                }
                sheet.row(row);
            }
            Object[] last = chunk.get(chunk.size() - 1);
            afterAt = (Instant) last[5];
            afterId = (Long) last[0];
            em.clear();
        }
    }

    private static String answerText(String given, Set<Integer> selectedOptions, Integer scaleValue) {
        StringBuilder text = new StringBuilder(nz(given));
        if (!selectedOptions.isEmpty()) {
            text.append(text.length() > 0 ? " " : "").append("[options ").append(selectedOptions).append(']');
        }
        if (scaleValue != null) {
            text.append(text.length() > 0 ? " " : "").append("[scale ").append(scaleValue).append(']');
        }
        return text.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
