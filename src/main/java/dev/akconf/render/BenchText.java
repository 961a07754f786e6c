package dev.akconf.render;

import dev.akconf.bench.BenchResult;
import dev.akconf.bench.PhaseResult;
import dev.akconf.bench.Targets;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/** The benchmark report: one row per phase, requests per endpoint, the targets, the per-object comparison. */
public final class BenchText {

    private final Style style;

    public BenchText(Style style) {
        this.style = style;
    }

    public void render(BenchResult r, PrintWriter out) {
        var o = r.options();
        out.println(style.bold("akconf bench") + ": N=" + o.n() + " proxy providers + " + o.n()
                + " applications + 1 outpost, latency " + o.latency().toMillis() + " ms per request, "
                + o.runs() + " run(s) per phase (wall = median)");
        out.println(style.dim("each phase: " + String.join(" ", r.jvm().command()) + " ARGS"
                + (r.jvm().usesArchive() ? "" : "   (no CDS archive: run ./akconf once to record it)")));
        out.println(style.dim("config and child output: " + o.outDir()));
        out.println();
        out.println(String.format("%-26s %9s  %-22s %9s %12s %10s %8s", "phase", "wall", "runs (s)", "requests",
                "bytes recv", "peak heap", "changes"));
        for (PhaseResult p : r.phases()) {
            String runs = p.wallNanos().stream().map(n -> String.format("%.2f", n / 1e9)).collect(Collectors.joining(" "));
            out.println(String.format("%-26s %9s  %-22s %9d %12s %10s %8d", p.name(), seconds(p.medianNanos()), runs,
                    p.totalRequests(), bytes(p.responseBytes()), p.peakHeapBytes() < 0 ? "?" : mib(p.peakHeapBytes()),
                    p.changes()));
        }
        out.println();
        out.println("Requests per endpoint (one run):");
        for (PhaseResult p : r.phases()) {
            out.println("  " + p.name() + ": " + p.requests().entrySet().stream()
                    .map(e -> e.getKey() + " x" + e.getValue()).collect(Collectors.joining(", ")));
        }
        out.println();
        out.println("Targets:");
        for (Targets.Check c : Targets.check(r)) {
            String verdict = switch (c.status()) {
                case PASS -> style.green("PASS");
                case MISS -> style.red("MISS");
                case NA -> style.dim("n/a ");
            };
            out.println(String.format("  %s  %-58s %s", verdict, c.target(), c.measured()));
        }
        out.println();
        PhaseResult plan = r.phase(0);
        double perObject = r.perObjectTime().toNanos() / 1e9;
        out.println(String.format("One request per object: %d GETs x %d ms = %.1f s of latency alone, sent one after "
                + "another; measured plan: %s with %d requests (%.0fx less).", r.perObjectRequests(),
                o.latency().toMillis(), perObject, seconds(plan.medianNanos()), plan.totalRequests(),
                perObject / (plan.medianNanos() / 1e9)));
        out.flush();
    }

    private static String seconds(long nanos) {
        return String.format("%.2f s", nanos / 1e9);
    }

    private static String mib(long bytes) {
        return String.format("%.0f MiB", bytes / (1024.0 * 1024.0));
    }

    private static String bytes(long n) {
        return n >= 1024 * 1024 ? String.format("%.1f MiB", n / (1024.0 * 1024.0)) : String.format("%.1f KiB", n / 1024.0);
    }
}
