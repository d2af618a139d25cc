package fi.cocreate.common.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Passes a rendered page on to the visitor as it is written and keeps a copy of its text for
 * {@link PublicPageCache}. Only text written through {@link #getWriter()} is kept (that is how Faces renders); an
 * answer written as bytes, reset after writing, or longer than the limit is passed on but not kept.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final int limit;
    private final StringBuilder text = new StringBuilder();
    private boolean spoilt;
    private PrintWriter writer;

    CapturingResponse(HttpServletResponse response, int limit) {
        super(response);
        this.limit = limit;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new PrintWriter(new Tee(super.getWriter()));
        }
        return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        spoilt = true;
        return super.getOutputStream();
    }

    @Override
    public void reset() {
        super.reset();
        spoilt = true;
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        spoilt = true;
    }

    boolean complete() {
        return !spoilt && writer != null;
    }

    String captured() {
        return text.toString();
    }

    private final class Tee extends Writer {

        private final PrintWriter target;

        Tee(PrintWriter target) {
            this.target = target;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            target.write(chars, offset, length);
            if (keep(length)) {
                text.append(chars, offset, length);
            }
        }

        @Override
        public void write(String string, int offset, int length) {
            target.write(string, offset, length);
            if (keep(length)) {
                text.append(string, offset, offset + length);
            }
        }

        @Override
        public void write(int c) {
            target.write(c);
            if (keep(1)) {
                text.append((char) c);
            }
        }

        private boolean keep(int length) {
            if (!spoilt && text.length() + length > limit) {
                spoilt = true;
                text.setLength(0);
            }
            return !spoilt;
        }

        @Override
        public void flush() {
            target.flush();
        }

        @Override
        public void close() {
            target.close();
        }
    }
}
