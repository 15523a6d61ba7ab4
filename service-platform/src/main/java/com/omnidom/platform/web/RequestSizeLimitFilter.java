package com.omnidom.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses bodies over the limit with 413: at once when Content-Length says so, and while reading when
 * a chunked body grows past it (the read fails with {@link PayloadTooLarge}, which becomes a 413 problem).
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final WebLimitsProperties limits;
    private final AntPathMatcher paths = new AntPathMatcher();

    public RequestSizeLimitFilter(WebLimitsProperties limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean bulk = limits.bulkPaths().stream().anyMatch(p -> paths.match(p, path));
        long max = (bulk ? limits.maxBulkBodySize() : limits.maxBodySize()).toBytes();
        if (request.getContentLengthLong() > max) {
            ProblemResponses.write(response, HttpStatus.CONTENT_TOO_LARGE,
                    "Request body too large", "The body may have at most " + max + " bytes.");
            return;
        }
        chain.doFilter(new Limited(request, max), response);
    }

    /** Thrown while reading a body that turns out larger than its limit. */
    public static class PayloadTooLarge extends IOException {
        public PayloadTooLarge(long max) {
            super("The body may have at most " + max + " bytes.");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) stream = new Counting(super.getInputStream(), max);
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long max;
        private long read;

        Counting(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) count(n);
            return n;
        }

        private void count(int n) throws PayloadTooLarge {
            read += n;
            if (read > max) throw new PayloadTooLarge(max);
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
    }
}
