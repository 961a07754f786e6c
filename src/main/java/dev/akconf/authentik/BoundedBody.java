package dev.akconf.authentik;

import java.io.IOException;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Reads a response body up to a size limit while it streams: a declared Content-Length above the
 * limit is refused before a byte is read, and an undeclared (chunked) body is read 64 KiB at a time
 * and refused as soon as it passes the limit, so an endless or huge answer never fills the heap.
 */
final class BoundedBody {

    private static final long STEP = 64 * 1024;

    private BoundedBody() {
    }

    static byte[] read(ResponseBody body, long limit) throws IOException {
        long declared = body.contentLength();
        if (declared > limit) {
            throw new TooLarge(limit);
        }
        BufferedSource source = body.source();
        Buffer buffer = new Buffer();
        while (buffer.size() <= limit) {
            if (source.read(buffer, STEP) == -1) {
                return buffer.readByteArray();
            }
        }
        throw new TooLarge(limit);
    }

    /**
     * What a run may read in all, as a multiple of the per-answer limit: a server that keeps every answer
     * just under the limit (10,000 pages of 64 MiB) still ends, at 1 GiB by default.
     */
    static final int RUN_FACTOR = 16;

    /** The answer (or the run's answers together) passed the limit; never retried. */
    static final class TooLarge extends IOException {
        private final long limit;
        private final boolean wholeRun;

        TooLarge(long limit) {
            this(limit, false);
        }

        TooLarge(long limit, boolean wholeRun) {
            super((wholeRun ? "responses of this run larger than " : "response larger than ") + limit + " bytes");
            this.limit = limit;
            this.wholeRun = wholeRun;
        }

        long limit() {
            return limit;
        }

        boolean wholeRun() {
            return wholeRun;
        }
    }
}
