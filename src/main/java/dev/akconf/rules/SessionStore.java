package dev.akconf.rules;

import dev.akconf.controller.Quantities;
import dev.akconf.model.Durations;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * AK001's arithmetic for a standalone proxy outpost. It writes one session file per cookie-less
 * request into {@code os.TempDir()}, which the proxy image sets to {@code TMPDIR=/dev/shm/}
 * (lifecycle/container/proxy.Dockerfile), and removes a file only once it is older than
 * access_token_validity + 1 s (internal/outpost/proxyv2/application/session.go sets MaxAge;
 * internal/outpost/proxyv2/filesystemstore/filesystemstore.go removes expired files every 5 min,
 * internal/outpost/proxyv2/sessionstore/cleanup.go). So the steady state is rate × validity files.
 * tmpfs allocates whole pages, so each file takes its size rounded up to a page: 1,500 bytes take
 * 4,096, and 64 MiB holds 16,384 files. The incident: 18/min × 7 d = 181,440 files, full after
 * about 15 h.
 *
 * @param requestsPerMinute unauthenticated requests a minute reaching the outpost
 * @param validitySeconds   the longest access_token_validity of the providers it serves
 * @param store             the /dev/shm it writes into
 * @param bytesPerFile      size of one session file's content
 * @param bytesPerPage      the page size tmpfs allocates in
 */
public record SessionStore(double requestsPerMinute, BigDecimal validitySeconds, ShmSize store, long bytesPerFile,
                           long bytesPerPage) {

    /** Bytes one file takes in tmpfs: its content in whole pages. */
    public long bytesOnTmpfs() {
        return Math.max(1, (bytesPerFile + bytesPerPage - 1) / bytesPerPage) * bytesPerPage;
    }

    public double steadyStateFiles() {
        return requestsPerMinute * validitySeconds.doubleValue() / 60.0;
    }

    public long capacityFiles() {
        return store.unbounded() ? Long.MAX_VALUE : store.bytes() / bytesOnTmpfs();
    }

    public double fillRatio() {
        return steadyStateFiles() / capacityFiles();
    }

    /** Hours until the store is full, from empty, at the given rate. */
    public double hoursToFill() {
        return capacityFiles() / requestsPerMinute / 60.0;
    }

    /**
     * "181,440 session files expected (18/min for 7 d), 16,384 fit in 64 MiB /dev/shm (the container
     * runtime's default; 4 KiB a file): full in about 15 h, ...".
     */
    public String describe() {
        String head = String.format(Locale.ROOT, "%,d session files expected (%s/min for %s), %,d fit in %s /dev/shm (%s; %s a file)",
                Math.round(steadyStateFiles()), trim(requestsPerMinute), Durations.humanize(validitySeconds),
                capacityFiles(), Quantities.human(store.bytes()), store.source(), Quantities.human(bytesOnTmpfs()));
        String memory = store.countsAgainstMemoryLimit()
                ? "; the files count against the container's " + Quantities.human(store.memoryLimit()) + " memory limit" : "";
        if (fillRatio() >= 1) {
            return head + ": full in about " + duration(hoursToFill())
                    + ", before sessions expire; every login then fails with HTTP 400" + memory;
        }
        return head + String.format(Locale.ROOT, ": %d %% full at steady state", Math.round(fillRatio() * 100)) + memory;
    }

    /** "15 h" below three days, else "5 days". */
    static String duration(double hours) {
        return hours < 72 ? Math.round(hours) + " h" : Math.round(hours / 24) + " days";
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
