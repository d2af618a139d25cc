package fi.cocreate.forum.control;

import fi.cocreate.common.BusinessException;
import fi.cocreate.common.PlainText;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What an uploaded CV must be: a PDF, judged by its content (it starts with {@code %PDF-}), not by its name or the
 * type the browser claims, and no larger than {@link #MAX_BYTES}.
 */
public final class CvPolicy {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private CvPolicy() {}

    public static void check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessException("forum.cv.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessException("forum.cv.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (content.length < MAGIC.length || !Arrays.equals(content, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new BusinessException("forum.cv.notPdf");
        }
    }

    /** A safe file name to store and offer for download: no path, no control characters, ends in .pdf. */
    public static String safeFileName(String submitted) {
        String name = submitted == null ? "" : PlainText.name(submitted).replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (name.isEmpty()) {
            name = "cv.pdf";
        }
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf";
    }
}
