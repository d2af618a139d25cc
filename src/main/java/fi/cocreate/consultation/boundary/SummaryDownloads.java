package fi.cocreate.consultation.boundary;

import fi.cocreate.audit.boundary.AuditLog;
import fi.cocreate.audit.entity.AuditAction;
import fi.cocreate.common.ApplicationClock;
import fi.cocreate.common.DateTimes;
import fi.cocreate.consultation.control.CsvCells;
import fi.cocreate.consultation.control.ExportSheet;
import fi.cocreate.consultation.control.XlsxSheet;
import fi.cocreate.consultation.entity.Consultation;
import fi.cocreate.consultation.entity.ModerationState;
import fi.cocreate.consultation.entity.OrganisationType;
import fi.cocreate.consultation.entity.Question;
import fi.cocreate.consultation.entity.QuestionType;
import fi.cocreate.consultation.entity.ResponseModeration;
import fi.cocreate.consultation.entity.Theme;
import fi.cocreate.identity.boundary.Caller;
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
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Staff's files of the feedback: every submitted response with its moderation as CSV or XLSX, audited. (The published
 * summary as a PDF for anyone is {@link SummaryPdfDownload}.)
 */
@Stateless
public class SummaryDownloads {

    /** Responses read per query by the exports. */
    static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    OwnThemes ownThemes;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    fi.cocreate.consultation.boundary.Consultations consultations;

    /**
     * Every submitted response of the consultation as CSV (UTF-8 with a byte order mark, for spreadsheets), with
     * headers and values (organisation types, themes, states, chosen options) in the staff member's language.
     */
    public byte[] csv(long consultationId, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeCsv(consultationId, locale, out);
        return out.toByteArray();
    }

    /** The same as {@link #csv} as one XLSX sheet with typed cells: numbers, dates and yes/no as such. */
    public byte[] xlsx(long consultationId, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeXlsx(consultationId, locale, out);
        return out.toByteArray();
    }

    /** Streams the CSV export to {@code out}: rows are written as they are read, never all held at once. */
    public void writeCsv(long consultationId, Locale locale, OutputStream out) {
        Labels labels = labels(consultationId, locale);
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            try (ExportSheet sheet = CsvCells.open(labels.header(), writer)) {
                int rows = rows(
                        consultationId,
                        labels,
                        cells -> sheet.row(cells.stream()
                                .map(cell -> cell instanceof LocalDateTime time
                                        ? DateTimes.dateTime(
                                                time.atZone(ApplicationClock.ZONE)
                                                        .toInstant(),
                                                locale)
                                        : cell instanceof Boolean yes
                                                ? labels.yesNo(yes)
                                                : cell == null ? "" : cell.toString())
                                .toList()));
                audit.record(AuditAction.RESPONSES_EXPORTED, consultationId, "CSV, " + rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Streams the XLSX export to {@code out} through POI's streaming workbook. */
    public void writeXlsx(long consultationId, Locale locale, OutputStream out) {
        Labels labels = labels(consultationId, locale);
        try (ExportSheet sheet = XlsxSheet.open(labels.sheetName(), labels.header(), out)) {
            int rows = rows(consultationId, labels, sheet::row);
            audit.record(AuditAction.RESPONSES_EXPORTED, consultationId, "XLSX, " + rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header, the questions and the words of the export in one language. */
    private record Labels(
            String sheetName,
            List<String> header,
            List<Question> questions,
            ResourceBundle ct,
            Locale locale,
            String yes,
            String no,
            fi.cocreate.consultation.control.ThemeNames themes) {
        String yesNo(boolean value) {
            return value ? yes : no;
        }
    }

    private interface RowSink {
        void row(List<?> cells) throws IOException;
    }

    private Labels labels(long consultationId, Locale locale) {
        caller.requireStaff();
        ResourceBundle ct =
                ResourceBundle.getBundle("i18n.consultation", locale, SummaryDownloads.class.getClassLoader());
        ResourceBundle text = ResourceBundle.getBundle("i18n.text", locale, SummaryDownloads.class.getClassLoader());
        Consultation consultation = consultations.find(consultationId);
        List<Question> questions = List.copyOf(consultation.getQuestions());
        List<String> header = new ArrayList<>(Stream.of(
                        "responseId",
                        "reference",
                        "organisation",
                        "organisationType",
                        "businessId",
                        "submittedAt",
                        "version",
                        "consent",
                        "moderation",
                        "hiddenReason",
                        "redactedText",
                        "themes",
                        "attachments",
                        "organisationVerified",
                        "late",
                        "channel")
                .map(k -> ct.getString("export." + k))
                .toList());
        for (Question q : questions) {
            header.add(q.getPosition() + ". " + q.getText().in(locale));
            if (q.getType() != QuestionType.FREE_TEXT) {
                header.add(q.getPosition() + ". " + ct.getString("response.comment"));
            }
        }
        return new Labels(
                ct.getString("export.sheet"),
                header,
                questions,
                ct,
                locale,
                text.getString("yes"),
                text.getString("no"),
                ownThemes.names(consultationId));
    }

    /**
     * Writes the rows in chunks of {@value #CHUNK} responses in submission order: per chunk one query for the
     * responses with organisation and moderation, one for their tags, one for their attachments' names, one for
     * their submitted answers and one for the chosen options. The persistence context is cleared between chunks, so
     * memory stays flat whatever the number of responses.
     */
    private int rows(long consultationId, Labels labels, RowSink sink) throws IOException {
        int written = 0;
        ResourceBundle ct = labels.ct();
        Locale locale = labels.locale();
        Instant afterAt = Instant.EPOCH;
        long afterId = 0;
        while (true) {
            List<Object[]> chunk = em.createQuery(
                            "select r.id, r.referenceNumber, o.name, o.type, o.businessId,"
                                    + " o.registerNumber, r.submittedAt, r.submittedVersion, r.publicationConsent, m.state,"
                                    + " m.hiddenReason, m.id, o.verifiedAt, r.late, r.channel, ev.id from Response r"
                                    + " left join r.organisation o left join r.event ev"
                                    + " left join ResponseModeration m on m.response = r where r.consultation.id = :c and r.state ="
                                    + " fi.cocreate.consultation.entity.ResponseState.SUBMITTED and (r.submittedAt > :at"
                                    + " or (r.submittedAt = :at and r.id > :id)) order by r.submittedAt, r.id",
                            Object[].class)
                    .setParameter("c", consultationId)
                    .setParameter("at", afterAt)
                    .setParameter("id", afterId)
                    .setMaxResults(CHUNK)
                    .getResultList();
            if (chunk.isEmpty()) {
                return written;
            }
            List<Long> ids = chunk.stream().map(r -> (Long) r[0]).toList();
            Map<Long, TreeSet<Theme>> themes = new HashMap<>();
            em.createQuery("select t.response.id, t.theme from ThemeTag t where t.response.id in :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(t -> themes.computeIfAbsent((Long) t[0], k -> new TreeSet<>())
                            .add((Theme) t[1]));
            Map<Long, List<String>> files = new HashMap<>();
            em.createQuery(
                            "select a.response.id, a.fileName from Attachment a join a.response r where r.id in :ids"
                                    + " and a.addedIn <= r.submittedVersion and (a.removedIn is null or a.removedIn > r.submittedVersion)"
                                    + " order by a.id",
                            Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(a -> files.computeIfAbsent((Long) a[0], k -> new ArrayList<>())
                            .add((String) a[1]));
            Map<Long, Map<Long, Object[]>> answers = new HashMap<>();
            Map<Long, TreeSet<Integer>> options = new HashMap<>();
            List<Object[]> answerRows = em.createQuery(
                            "select v.response.id, a.question.id, a.id, a.text,"
                                    + " a.scaleValue from Answer a join a.responseVersion v where v.response.id in :ids"
                                    + " and v.number = v.response.submittedVersion",
                            Object[].class)
                    .setParameter("ids", ids)
                    .getResultList();
            answerRows.forEach(a ->
                    answers.computeIfAbsent((Long) a[0], k -> new HashMap<>()).put((Long) a[1], a));
            if (!answerRows.isEmpty()) {
                em.createQuery(
                                "select a.id, o from Answer a join a.selectedOptions o where a.id in :answers",
                                Object[].class)
                        .setParameter(
                                "answers",
                                answerRows.stream().map(a -> (Long) a[2]).toList())
                        .getResultList()
                        .forEach(o -> options.computeIfAbsent((Long) o[0], k -> new TreeSet<>())
                                .add((Integer) o[1]));
            }
            // What the public sees of each redacted answer, by response: read only for responses with redactions.
            Map<Long, ResponseModeration> redacted = new HashMap<>();
            em.createQuery(
                            "select m.response.id, m from ResponseModeration m where m.response.id in :ids"
                                    + " and m.redactions is not empty",
                            Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(m -> redacted.put((Long) m[0], (ResponseModeration) m[1]));
            String removedMark = ct.getString("redaction.removed");
            for (Object[] r : chunk) {
                long id = (Long) r[0];
                ModerationState state = r[9] == null ? ModerationState.RECEIVED : (ModerationState) r[9];
                Instant submittedAt = (Instant) r[6];
                List<Object> row = new ArrayList<>();
                row.add(id);
                row.add(nz((String) r[1]));
                boolean eventOutput = r[15] != null;
                // An event's output has no organisation: the event's title and "event output" stand instead.
                row.add(
                        eventOutput
                                ? em.find(fi.cocreate.consultation.entity.ConsultationEvent.class, r[15])
                                        .getTitle()
                                        .in(locale)
                                : (String) r[2]);
                row.add(
                        eventOutput
                                ? ct.getString("eventOutput.type")
                                : ct.getString(((OrganisationType) r[3]).labelKey()));
                row.add(r[4] != null ? (String) r[4] : nz((String) r[5]));
                row.add(ApplicationClock.localOf(submittedAt));
                row.add(r[7]);
                row.add(r[8]);
                row.add(ct.getString("moderationState." + state.name()));
                row.add(nz((String) r[10]));
                row.add(publicTextOfRedacted(
                        redacted.get(id), labels.questions(), answers.getOrDefault(id, Map.of()), removedMark));
                row.add(themes.getOrDefault(id, new TreeSet<>()).stream()
                        .map(t -> labels.themes().name(t, ct, locale))
                        .collect(Collectors.joining("; ")));
                row.add(String.join("; ", files.getOrDefault(id, List.of())));
                row.add(eventOutput || r[12] != null);
                row.add(r[13]);
                row.add(ct.getString(
                        "responseChannel." + ((fi.cocreate.consultation.entity.ResponseChannel) r[14]).name()));
                Map<Long, Object[]> byQuestion = answers.getOrDefault(id, Map.of());
                for (Question q : labels.questions()) {
                    Object[] a = byQuestion.get(q.getId());
                    String given = a == null ? "" : nz((String) a[3]);
                    switch (q.getType()) {
                        case FREE_TEXT -> row.add(given);
                        case SCALE -> row.add(a == null ? null : a[4]);
                        default ->
                            row.add(
                                    a == null
                                            ? ""
                                            : options.getOrDefault((Long) a[2], new TreeSet<>()).stream()
                                                    .filter(i -> i >= 0
                                                            && i
                                                                    < q.getOptions()
                                                                            .size())
                                                    .map(i -> q.getOptions()
                                                            .get(i)
                                                            .getLabel()
                                                            .in(locale))
                                                    .collect(Collectors.joining("; ")));
                    }
                    if (q.getType() != QuestionType.FREE_TEXT) {
                        row.add(given);
                    }
                }
                sink.row(row);
                written++;
            }
            Object[] last = chunk.get(chunk.size() - 1);
            afterAt = submittedAt(last);
            afterId = (Long) last[0];
            em.clear();
        }
    }

    /**
     * The export's "redacted text" cell: a whole-response replacement, or each redacted answer as the public reads it
     * ("2. Call [removed] about funding."), one per line; empty when nothing was redacted.
     */
    private static String publicTextOfRedacted(
            ResponseModeration m, List<Question> questions, Map<Long, Object[]> answers, String removedMark) {
        if (m == null) {
            return "";
        }
        Optional<String> whole = m.wholeResponseText();
        if (whole.isPresent()) {
            return whole.get();
        }
        List<String> lines = new ArrayList<>();
        for (Question q : questions) {
            Object[] a = answers.get(q.getId());
            if (a != null && a[3] != null && m.redactsAnswer(q.getId())) {
                lines.add(q.getPosition() + ". "
                        + m.publicText(q.getId(), (String) a[3]).render(removedMark));
            }
        }
        return String.join("\n", lines);
    }

    private static Instant submittedAt(Object[] row) {
        return (Instant) row[6];
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
