package fi.cocreate.consultation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ResponseDigestTest {

    private static final byte[] PDF = "%PDF-1.4 report".getBytes(StandardCharsets.UTF_8);

    private static List<ResponseDigest.Answer> answers(String text) {
        return List.of(
                new ResponseDigest.Answer(35, null, new TreeSet<>(List.of(2, 0)), 4),
                new ResponseDigest.Answer(34, text, new TreeSet<>(), null));
    }

    private static String digest(String text, boolean consent, byte[] file) {
        return ResponseDigest.of(12, answers(text), consent, List.of(ResponseDigest.File.of("report.pdf", file)));
    }

    @Test
    void theCanonicalFormIsTheDocumentedOneAndItsDigestIsItsSha256() {
        String canonical = ResponseDigest.canonical(
                12, answers("Hello world"), true, List.of(ResponseDigest.File.of("report.pdf", PDF)));
        assertEquals(
                "cocreate-response-v1\nconsultation 12\n"
                        + "answer 34 text 11:Hello world options - scale -\n"
                        + "answer 35 text 0: options 0,2 scale 4\n"
                        + "consent yes\n"
                        + "attachment " + ResponseDigest.sha256(PDF) + " 10:report.pdf\n",
                canonical);
        assertEquals(
                ResponseDigest.sha256(canonical.getBytes(StandardCharsets.UTF_8)), digest("Hello world", true, PDF));
        // A known value, so that a change of the canonical form cannot pass unnoticed.
        assertEquals(
                "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824",
                ResponseDigest.sha256("hello".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSameContentGivesTheSameDigestWhateverTheOrderOrLineEndingsOrUnicodeForm() {
        String a = ResponseDigest.of(
                12,
                answers("Rivi 1\r\nRivi 2 \u00e4"),
                true,
                List.of(ResponseDigest.File.of("a.pdf", PDF), ResponseDigest.File.of("b.pdf", new byte[] {1})));
        String b = ResponseDigest.of(
                12,
                List.of(answers("Rivi 1\nRivi 2 a\u0308").get(1), answers("x").get(0)),
                true,
                List.of(ResponseDigest.File.of("b.pdf", new byte[] {1}), ResponseDigest.File.of("a.pdf", PDF)));
        assertEquals(a, b);
    }

    @Test
    void aTamperedCopyGivesAnotherDigest() {
        String original = digest("We support the proposal.", true, PDF);
        assertNotEquals(original, digest("We support the proposal!", true, PDF), "one character of an answer");
        assertNotEquals(original, digest("We support the proposal.", false, PDF), "the consent");
        byte[] changed = PDF.clone();
        changed[changed.length - 1] ^= 1;
        assertNotEquals(original, digest("We support the proposal.", true, changed), "one bit of a file");
        assertNotEquals(
                original,
                ResponseDigest.of(
                        13,
                        answers("We support the proposal."),
                        true,
                        List.of(ResponseDigest.File.of("report.pdf", PDF))),
                "another consultation");
        assertNotEquals(
                original,
                ResponseDigest.of(
                        12,
                        answers("We support the proposal."),
                        true,
                        List.of(ResponseDigest.File.of("report2.pdf", PDF))),
                "a file's name");
    }

    @Test
    void anAnswerCannotBeMadeToLookLikeTheNextLine() {
        String honest = ResponseDigest.of(
                1,
                List.of(
                        new ResponseDigest.Answer(1, "a", new TreeSet<>(), null),
                        new ResponseDigest.Answer(2, "b", new TreeSet<>(), null)),
                false,
                List.of());
        String forged = ResponseDigest.of(
                1,
                List.of(new ResponseDigest.Answer(1, "a options - scale -\nanswer 2 text 1:b", new TreeSet<>(), null)),
                false,
                List.of());
        assertNotEquals(honest, forged);
    }

    @Test
    void aTypedDigestIsReadForgivingCaseAndSpacesButOnlyWithTheRightShape() {
        String d = digest("x", true, PDF);
        assertEquals(d, ResponseDigest.normalise(" " + d.substring(0, 32).toUpperCase() + " " + d.substring(32)));
        assertNull(ResponseDigest.normalise(d.substring(1)));
        assertNull(ResponseDigest.normalise("<script>"));
        assertThrows(IllegalArgumentException.class, () -> new ResponseDigest.File("x", "abc"));
    }
}
