package fi.cocreate.consultation.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types a response may carry, recognised by content and never by name: a PDF starts with {@code %PDF-}; a
 * DOCX is a zip whose {@code [Content_Types].xml} declares a WordprocessingML main document; an ODT is a zip whose
 * {@code mimetype} entry says {@code application/vnd.oasis.opendocument.text}.
 */
public enum AttachmentType {
    PDF("application/pdf", ".pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    ODT("application/vnd.oasis.opendocument.text", ".odt");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final String DOCX_MAIN =
            "application/vnd.openxmlformats-officedocument.wordprocessingml." + "document.main+xml";
    /** Entries read from a zip before giving up: enough for real documents, bounded for hostile ones. */
    private static final int MAX_ENTRIES = 2000;

    private static final int MAX_ENTRY_BYTES = 1 << 20;

    private final String contentType;
    private final String extension;

    AttachmentType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The type of the content, or empty if it is none of the accepted types. */
    public static Optional<AttachmentType> detect(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return detectZip(content);
        }
        return Optional.empty();
    }

    private static Optional<AttachmentType> detectZip(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int seen = 0;
            boolean first = true;
            while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ENTRIES) {
                if (first && "mimetype".equals(entry.getName())) {
                    String mime = new String(readBounded(zip), StandardCharsets.US_ASCII).strip();
                    return ODT.contentType.equals(mime) ? Optional.of(ODT) : Optional.empty();
                }
                first = false;
                if ("[Content_Types].xml".equals(entry.getName())) {
                    String types = new String(readBounded(zip), StandardCharsets.UTF_8);
                    return types.contains(DOCX_MAIN) ? Optional.of(DOCX) : Optional.empty();
                }
            }
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] readBounded(ZipInputStream zip) throws IOException {
        return zip.readNBytes(MAX_ENTRY_BYTES);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
