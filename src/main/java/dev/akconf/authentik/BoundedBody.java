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

    /** The answer is larger than the limit; never retried (the next answer would be just as large). */
    static final class TooLarge extends IOException {
        private final long limit;

        TooLarge(long limit) {
            super("response larger than " + limit + " bytes");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }
}
