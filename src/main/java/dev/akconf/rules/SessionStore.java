package dev.akconf.rules;

import dev.akconf.model.Durations;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * AK001's arithmetic. An outpost writes one session file per unauthenticated request and keeps it
 * for the provider's access_token_validity, so the steady state is rate × validity files; /dev/shm
 * holds size ÷ bytes-per-file of them. The incident: 18/min × 7 d = 181,440 files against room for
 * 44,739 in 64 MiB, full after about 41 h.
 *
 * @param requestsPerMinute unauthenticated requests a minute reaching the outpost
 * @param validitySeconds   the longest access_token_validity of the providers it serves
 * @param storeBytes        the /dev/shm size
 * @param bytesPerFile      size of one session file
 */
public record SessionStore(double requestsPerMinute, BigDecimal validitySeconds, long storeBytes, long bytesPerFile) {

    public double steadyStateFiles() {
        return requestsPerMinute * validitySeconds.doubleValue() / 60.0;
    }

    public long capacityFiles() {
        return storeBytes == Long.MAX_VALUE ? Long.MAX_VALUE : storeBytes / bytesPerFile;
    }

    public double fillRatio() {
        return steadyStateFiles() / capacityFiles();
    }

    /** Hours until the store is full, from empty, at the given rate. */
    public double hoursToFill() {
        return capacityFiles() / requestsPerMinute / 60.0;
    }

    /** "181,440 session files expected, room for 44,739 in 64 MiB /dev/shm: full in about 41 h". */
    public String describe() {
        String head = String.format(Locale.ROOT, "%,d session files expected (%s/min for %s), room for %,d in %s /dev/shm",
                Math.round(steadyStateFiles()), trim(requestsPerMinute), Durations.humanize(validitySeconds),
                capacityFiles(), Quantities.human(storeBytes));
        if (fillRatio() >= 1) {
            return head + String.format(Locale.ROOT, ": full in about %d h, before sessions expire; every login then fails with HTTP 400",
                    Math.round(hoursToFill()));
        }
        return head + String.format(Locale.ROOT, ": %d %% full at steady state", Math.round(fillRatio() * 100));
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
