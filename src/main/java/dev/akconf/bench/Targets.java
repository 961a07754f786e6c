package dev.akconf.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The targets, judged against one benchmark. Wall-time targets hold for N = 1,000 at 20 ms
 * latency and are "n/a" at other settings; counts, heap and correctness are judged at every N.
 */
public final class Targets {

    static final Duration WALL_LIMIT = Duration.ofMillis(1500);
    static final long HEAP_LIMIT = 256L * 1024 * 1024;

    /** PASS, MISS, or not applicable at these settings. */
    public enum Status { PASS, MISS, NA }

    /** One target: what it asks, what was measured, and the verdict. */
    public record Check(String target, String measured, Status status) {
    }

    private Targets() {
    }

    public static List<Check> check(BenchResult r) {
        List<Check> out = new ArrayList<>();
        PhaseResult plan = r.phase(0);
        PhaseResult changed = r.phase(1);
        PhaseResult apply = r.phase(2);
        PhaseResult again = r.phase(3);
        boolean reference = r.options().n() == 1000 && r.options().latency().equals(Duration.ofMillis(20));
        out.add(new Check("plan: no change reported, exit 0 (--detailed-exitcode)",
                plan.changes() + " changes, exit " + plan.exitCodes(), verdict(plan.exitedAsExpected() && plan.changes() == 0)));
        out.add(new Check("plan wall <= 1.5 s (N=1000, L=20 ms, start-up included)", seconds(plan.medianNanos()),
                reference ? verdict(plan.medianNanos() <= WALL_LIMIT.toNanos()) : Status.NA));
        long requestLimit = 2L * ((r.options().n() + 99) / 100) + 10;
        out.add(new Check("plan requests <= " + requestLimit + " (2 kinds x pages + lookups)", plan.totalRequests() + "",
                verdict(plan.totalRequests() <= requestLimit)));
        out.add(new Check("plan with changes reports " + r.changedCount() + " changes, exit 2", changed.changes() + " changes, exit "
                + changed.exitCodes(), verdict(changed.exitedAsExpected() && changed.changes() == r.changedCount())));
        out.add(new Check("apply of " + r.changedCount() + " updates: all applied, exit 0", apply.changes() + " applied, exit "
                + apply.exitCodes(), verdict(apply.exitedAsExpected() && apply.changes() == r.changedCount())));
        out.add(new Check("apply wall <= 1.5 s (100 updates, L=20 ms)", seconds(apply.medianNanos()),
                reference && r.changedCount() == 100 ? verdict(apply.medianNanos() <= WALL_LIMIT.toNanos()) : Status.NA));
        out.add(new Check("plan again: no change reported, exit 0", again.changes() + " changes, exit " + again.exitCodes(),
                verdict(again.exitedAsExpected() && again.changes() == 0)));
        long peak = Math.max(plan.peakHeapBytes(), Math.max(changed.peakHeapBytes(), again.peakHeapBytes()));
        out.add(new Check("plan peak heap <= 256 MiB (set for N=10000)", peak < 0 ? "not reported" : mib(peak),
                peak < 0 ? Status.MISS : verdict(peak <= HEAP_LIMIT)));
        return out;
    }

    private static Status verdict(boolean pass) {
        return pass ? Status.PASS : Status.MISS;
    }

    static String seconds(long nanos) {
        return String.format("%.2f s", nanos / 1e9);
    }

    static String mib(long bytes) {
        return String.format("%.0f MiB", bytes / (1024.0 * 1024.0));
    }
}
