package fi.cocreate.consultation.control;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * An export being written row by row (CSV or XLSX), so the rows never need to be in memory at once. Closing it
 * finishes the file; the underlying stream stays open for its owner to close.
 */
public interface ExportSheet extends Closeable {

    void row(List<?> cells) throws IOException;
}
