package dev.akconf.render;

import dev.akconf.drift.DriftReport;
import dev.akconf.kinds.Kind;
import dev.akconf.plan.Action;
import java.time.Instant;
import java.util.List;

/**
 * A drift run in Prometheus' text exposition format, for node_exporter's textfile collector. Every
 * kind and action gets a series, zeros included, so sums and alerts see a value rather than a gap;
 * a failed run (invalid configuration, Authentik unreachable) writes only the run's time and
 * {@code akconf_last_run_success 0}, so no stale drift numbers outlive it.
 */
public final class DriftMetrics {

    private static final List<Action> DRIFT_ACTIONS = List.of(Action.CREATE, Action.UPDATE, Action.DELETE);

    private DriftMetrics() {
    }

    public static String success(DriftReport report, Instant at) {
        StringBuilder sb = new StringBuilder();
        header(sb, "akconf_drift_resources", "Managed resources that differ from the configuration, by the action apply would take"
                + " (create: missing in Authentik, update: fields differ, delete: declared absent but present).");
        for (Kind kind : Kind.values()) {
            for (Action action : DRIFT_ACTIONS) {
                sample(sb, "akconf_drift_resources", labels("kind", kind.label(), "action", action.word()), report.count(kind, action));
            }
        }
        header(sb, "akconf_drift_security_differences", "Field differences of managed resources that can widen access"
                + " (skip_path_regex, mode, flows, a binding's negate, ...), also counted in akconf_drift_resources.");
        for (Kind kind : Kind.values()) {
            sample(sb, "akconf_drift_security_differences", labels("kind", kind.label()), report.security(kind));
        }
        header(sb, "akconf_unmanaged_resources", "Objects in Authentik of a declared kind that the configuration does not declare"
                + " (after the ignore file; counted as drift unless --ignore-unmanaged).");
        for (Kind kind : Kind.values()) {
            sample(sb, "akconf_unmanaged_resources", labels("kind", kind.label()), report.unmanaged(kind));
        }
        header(sb, "akconf_managed_resources", "Resources the configuration declares.");
        for (Kind kind : Kind.values()) {
            sample(sb, "akconf_managed_resources", labels("kind", kind.label()), report.managed(kind));
        }
        header(sb, "akconf_ignored_differences", "Differences the ignore file or akconf.io/ignore accepts (fields, whole resources, unmanaged objects).");
        for (Kind kind : Kind.values()) {
            sample(sb, "akconf_ignored_differences", labels("kind", kind.label()), report.ignored(kind));
        }
        run(sb, at, true);
        return sb.toString();
    }

    public static String failure(Instant at) {
        StringBuilder sb = new StringBuilder();
        run(sb, at, false);
        return sb.toString();
    }

    private static void run(StringBuilder sb, Instant at, boolean success) {
        header(sb, "akconf_last_run_timestamp_seconds", "When the last akconf drift run ended, in Unix time.");
        sb.append("akconf_last_run_timestamp_seconds ").append(at.getEpochSecond()).append('\n');
        header(sb, "akconf_last_run_success", "1 if the last akconf drift run could compare Authentik with the configuration, else 0.");
        sb.append("akconf_last_run_success ").append(success ? 1 : 0).append('\n');
    }

    private static void header(StringBuilder sb, String name, String help) {
        sb.append("# HELP ").append(name).append(' ').append(help.replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
        sb.append("# TYPE ").append(name).append(" gauge\n");
    }

    private static void sample(StringBuilder sb, String name, String labels, long value) {
        sb.append(name).append(labels).append(' ').append(value).append('\n');
    }

    /** {@code {k="v",...}} with values escaped as the exposition format requires (\\, ", newline). */
    static String labels(String... kv) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < kv.length; i += 2) {
            if (i > 0) {
                sb.append(',');
            }
            String v = kv[i + 1].replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
            sb.append(kv[i]).append("=\"").append(v).append('"');
        }
        return sb.append('}').toString();
    }
}
