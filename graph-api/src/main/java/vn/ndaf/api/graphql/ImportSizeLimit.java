package vn.ndaf.api.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import vn.ndaf.interop.ImportException;
import vn.ndaf.interop.ImportOptions;

/**
 * Refuses GraphQL requests larger than an import may be before they are read: a file travels in the
 * request as a String variable, so without this a huge request would be held in memory whole before the
 * import's own size limit could look at it. A request announcing a larger Content-Length is answered at once
 * with HTTP 413 and a GraphQL error (code IMPORT_REFUSED); one without a length is cut off when it passes
 * the limit. The limit ({@code ndaf.graphql.max-request-mb}) defaults to what a base64-encoded input of the
 * import limit (256 MB) needs, plus 1 MB for the rest of the request.
 */
@Component
public class ImportSizeLimit extends OncePerRequestFilter {

    static final long DEFAULT_MAX_REQUEST_BYTES = ImportOptions.DEFAULT_MAX_BYTES / 3 * 4 + 1024 * 1024;

    private final long maxRequestBytes;

    public ImportSizeLimit(@Value("${ndaf.graphql.max-request-mb:0}") long maxRequestMb) {
        this.maxRequestBytes = maxRequestMb > 0 ? maxRequestMb * 1024 * 1024 : DEFAULT_MAX_REQUEST_BYTES;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equalsIgnoreCase(request.getMethod()) || !request.getRequestURI().endsWith("/graphql");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > maxRequestBytes) {
            refuse(response, "the request is " + megabytes(length) + " MB, larger than the limit of " + megabytes(maxRequestBytes)
                    + " MB for a request (an import's content travels in it); nothing was read or imported");
            return;
        }
        chain.doFilter(length >= 0 ? request : new Limited(request, maxRequestBytes), response);
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        String json = "{\"errors\":[{\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\",\"extensions\":{\"code\":\"IMPORT_REFUSED\",\"classification\":\"BAD_REQUEST\"}}]}";
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String megabytes(long bytes) {
        return String.valueOf((bytes + 1024 * 1024 - 1) / (1024 * 1024));
    }

    /**
     * Refuses an import's content over the limit before decoding it: text content is at least one byte a
     * character in UTF-8, base64 three bytes for four characters.
     */
    static void checkContent(String content, boolean base64, String file, long maxBytes) {
        long atLeast = base64 ? content.length() / 4 * 3 : content.length();
        if (atLeast > maxBytes) {
            throw new ImportException(file, "the input is at least " + megabytes(atLeast) + " MB, larger than the limit of " + megabytes(maxBytes)
                    + " MB; nothing was imported");
        }
    }

    /** A request body without a declared length, cut off once it passes the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long max;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    int n = in.read(buffer, off, len);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) throws IOException {
                    read += n;
                    if (read > max) {
                        throw new IOException("the request is larger than the limit of " + megabytes(max) + " MB for a request; nothing was imported");
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
