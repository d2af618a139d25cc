package fi.cocreate.common.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rendered public page kept by {@link PublicPageCache}: its headers and its bytes, split wherever the page's CSP
 * nonce stood, so that each answer can carry a nonce of its own.
 */
final class CachedPage {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]{8,})'");
    /** Headers that belong to one answer, never to a copy. */
    private static final Set<String> OWN = Set.of(
            "date",
            "content-length",
            "transfer-encoding",
            "set-cookie",
            RequestIds.HEADER.toLowerCase(Locale.ROOT),
            PublicPageCache.STATUS_HEADER.toLowerCase(Locale.ROOT));

    private record Header(String name, List<String> values) {}

    private final List<Header> headers;
    private final String contentType;
    private final byte[][] parts;
    private final String nonce;
    private final long generation;
    private final long keptAt;
    private final long clockOffset;

    private CachedPage(
            List<Header> headers,
            String contentType,
            byte[][] parts,
            String nonce,
            long generation,
            long keptAt,
            long clockOffset) {
        this.headers = headers;
        this.contentType = contentType;
        this.parts = parts;
        this.nonce = nonce;
        this.generation = generation;
        this.keptAt = keptAt;
        this.clockOffset = clockOffset;
    }

    static CachedPage of(
            HttpServletResponse response,
            String body,
            Charset charset,
            long generation,
            long keptAt,
            long clockOffset) {
        List<Header> headers = new ArrayList<>();
        String nonce = null;
        for (String name : response.getHeaderNames()) {
            if (OWN.contains(name.toLowerCase(Locale.ROOT)) || "content-type".equalsIgnoreCase(name)) {
                continue;
            }
            List<String> values = List.copyOf(response.getHeaders(name));
            headers.add(new Header(name, values));
            if (SecurityHeaders.CSP.equalsIgnoreCase(name)) {
                for (String value : values) {
                    Matcher found = NONCE.matcher(value);
                    if (found.find()) {
                        nonce = found.group(1);
                    }
                }
            }
        }
        return new CachedPage(
                List.copyOf(headers),
                response.getContentType(),
                split(body, nonce, charset),
                nonce,
                generation,
                keptAt,
                clockOffset);
    }

    /** The page's bytes between the places where its nonce stands (the whole page when it has none). */
    static byte[][] split(String body, String nonce, Charset charset) {
        if (nonce == null) {
            return new byte[][] {body.getBytes(charset)};
        }
        List<byte[]> parts = new ArrayList<>();
        int from = 0;
        for (int at = body.indexOf(nonce); at >= 0; at = body.indexOf(nonce, from)) {
            parts.add(body.substring(from, at).getBytes(charset));
            from = at + nonce.length();
        }
        parts.add(body.substring(from).getBytes(charset));
        return parts.toArray(new byte[0][]);
    }

    /** The bytes this copy holds. */
    long size() {
        long size = 0;
        for (byte[] part : parts) {
            size += part.length;
        }
        return size;
    }

    boolean servable(long currentGeneration, long now, long lifetimeNanos, long currentClockOffset) {
        return PublicPageCache.fresh(
                generation, keptAt, clockOffset, currentGeneration, now, lifetimeNanos, currentClockOffset);
    }

    /** Answers with this copy around a new nonce; {@code status} is the {@link PublicPageCache#STATUS_HEADER}. */
    void writeTo(HttpServletResponse response, String newNonce, String status) throws IOException {
        for (Header header : headers) {
            boolean first = true;
            for (String value : header.values()) {
                String sent = nonce != null && SecurityHeaders.CSP.equalsIgnoreCase(header.name())
                        ? value.replace(nonce, newNonce)
                        : value;
                if (first) {
                    response.setHeader(header.name(), sent);
                    first = false;
                } else {
                    response.addHeader(header.name(), sent);
                }
            }
        }
        if (!response.containsHeader(RequestIds.HEADER)) {
            response.setHeader(RequestIds.HEADER, java.util.UUID.randomUUID().toString());
        }
        response.setHeader(PublicPageCache.STATUS_HEADER, status);
        response.setContentType(contentType);
        byte[] joint = newNonce.getBytes(StandardCharsets.US_ASCII);
        long length = (long) joint.length * (parts.length - 1);
        for (byte[] part : parts) {
            length += part.length;
        }
        response.setContentLengthLong(length);
        ServletOutputStream out = response.getOutputStream();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.write(joint);
            }
            out.write(parts[i]);
        }
    }
}
