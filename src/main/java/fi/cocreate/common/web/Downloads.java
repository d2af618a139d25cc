package fi.cocreate.common.web;

import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A file a page offers for download (a PrimeFaces file download), from bytes already read. */
public final class Downloads {

    private Downloads() {}

    public static StreamedContent file(String name, String contentType, byte[] content) {
        return DefaultStreamedContent.builder()
                .name(name)
                .contentType(contentType)
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }

    public static StreamedContent pdf(String name, byte[] content) {
        return file(name, "application/pdf", content);
    }
}
