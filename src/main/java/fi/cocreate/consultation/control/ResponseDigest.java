package fi.cocreate.consultation.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.regex.Pattern;

/**
 * The SHA-256 digest of what an organisation submitted, over a canonical form that anyone can rebuild from a copy of
 * the answers and the attached files (docs/consultation-summaries.md, "Verifiable receipt"):
 *
 * <pre>
 * cocreate-response-v1
 * consultation 12
 * answer 34 text 11:Hello world options 0,2 scale -
 * answer 35 text 0: options - scale 4
 * consent yes
 * attachment 9f86d08…(SHA-256 of the file's bytes, hex) 10:report.pdf
 * </pre>
 *
 * Lines end with a line feed; the text is UTF-8 in Unicode NFC with line breaks as {@code \n}; every free text is
 * prefixed with its length in characters, so no answer can be made to look like the next line. Answers come in the
 * order of their question's id (a question left unanswered has no line), options in ascending order, attachments in the order of their file's digest. The same
 * content always gives the same digest; any change in an answer, the consent or a file's bytes or name changes it.
 */
public final class ResponseDigest {

    public static final String FORMAT = "cocreate-response-v1";
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /** One answer: the question's id, the text (or null), the chosen options and the scale value (or null). */
    public record Answer(long questionId, String text, SortedSet<Integer> options, Integer scale) {

        /** An answer with no text, no option and no scale value is not part of the content. */
        boolean isGiven() {
            return (text != null && !text.isEmpty()) || (options != null && !options.isEmpty()) || scale != null;
        }
    }

    /** One attached file: its name and the SHA-256 of its bytes. */
    public record File(String name, String sha256) {
        public File {
            Objects.requireNonNull(name);
            if (!HEX.matcher(sha256).matches()) {
                throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + sha256);
            }
        }

        public static File of(String name, byte[] content) {
            return new File(name, ResponseDigest.sha256(content));
        }
    }

    private ResponseDigest() {}

    /** The canonical text the digest is taken of. */
    public static String canonical(long consultationId, List<Answer> answers, boolean consent, List<File> files) {
        StringBuilder out = new StringBuilder(FORMAT).append('\n');
        out.append("consultation ").append(consultationId).append('\n');
        answers.stream()
                .filter(Answer::isGiven)
                .sorted(Comparator.comparingLong(Answer::questionId))
                .forEach(a -> {
                    String text = a.text() == null ? "" : normal(a.text());
                    out.append("answer ")
                            .append(a.questionId())
                            .append(" text ")
                            .append(text.length())
                            .append(':')
                            .append(text)
                            .append(" options ")
                            .append(
                                    a.options() == null || a.options().isEmpty()
                                            ? "-"
                                            : String.join(
                                                    ",",
                                                    a.options().stream()
                                                            .map(String::valueOf)
                                                            .toList()))
                            .append(" scale ")
                            .append(a.scale() == null ? "-" : a.scale().toString())
                            .append('\n');
                });
        out.append("consent ").append(consent ? "yes" : "no").append('\n');
        files.stream()
                .sorted(Comparator.comparing(File::sha256).thenComparing(File::name))
                .forEach(f -> {
                    String name = normal(f.name());
                    out.append("attachment ")
                            .append(f.sha256())
                            .append(' ')
                            .append(name.length())
                            .append(':')
                            .append(name)
                            .append('\n');
                });
        return out.toString();
    }

    /** The digest, 64 lower-case hex digits. */
    public static String of(long consultationId, List<Answer> answers, boolean consent, List<File> files) {
        return sha256(canonical(consultationId, answers, consent, files).getBytes(StandardCharsets.UTF_8));
    }

    /** The digest of a submitted version's answers and consent, with the response's attached files. */
    public static String ofVersion(
            long consultationId, fi.cocreate.consultation.entity.ResponseVersion version, List<File> files) {
        return of(
                consultationId,
                version.getAnswers().stream()
                        .map(a -> new Answer(
                                a.getQuestion().getId(),
                                a.getText(),
                                new java.util.TreeSet<>(a.getSelectedOptions()),
                                a.getScaleValue()))
                        .toList(),
                version.isPublicationConsent(),
                files);
    }

    /** Whether a digest someone typed or pasted has the right shape (case and spaces forgiven). */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String hex = typed.replaceAll("\\s", "").toLowerCase(java.util.Locale.ROOT);
        return HEX.matcher(hex).matches() ? hex : null;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String normal(String text) {
        return Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
    }
}
