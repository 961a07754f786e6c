package dev.akconf.rules;

import dev.akconf.controller.ComponentResult;
import dev.akconf.controller.DryRunReport;
import dev.akconf.controller.ServiceConnection;
import dev.akconf.controller.ShmMount;
import dev.akconf.diag.Severity;
import dev.akconf.model.RuleSettings;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * AK001 for one outpost: does its session store fill before its sessions expire?
 *
 * <p>Only standalone proxy outposts keep sessions in files: internal/outpost/proxyv2/refresh.go
 * {@code SessionBackend()} answers {@code postgres} for the managed embedded outpost (its sessions
 * live in PostgreSQL, nothing to fill) and {@code filesystem} for every other one, which writes into
 * {@code os.TempDir()}, {@code TMPDIR=/dev/shm/} in lifecycle/container/proxy.Dockerfile. The size of
 * that /dev/shm comes from the Deployment the controller dry-run says Authentik would apply.
 */
final class SessionStoreRule {

    private SessionStoreRule() {
    }

    /** The finding's severity and message, or empty when the store holds the sessions or the rule does not apply. */
    record Result(Severity severity, String message) {
    }

    /**
     * @param longest the longest access_token_validity of the outpost's providers, in seconds
     *                (the store is one per outpost: filesystemstore.go GetPersistentStore)
     */
    static Optional<Result> check(String name, OutpostFacts facts, DryRunReport report, BigDecimal longest, RuleSettings settings) {
        if (!"proxy".equals(facts.type()) || facts.embedded() || longest == null) {
            return Optional.empty();
        }
        Optional<ShmSize> shm = shm(facts, report);
        if (shm.isEmpty()) {
            return Optional.empty();
        }
        SessionStore s = new SessionStore(settings.requestsPerMinute(name), longest, shm.get(), settings.bytesPerSessionFile(name),
                settings.bytesPerPage(name));
        Severity severity = s.fillRatio() >= 1 ? Severity.ERROR : s.fillRatio() > 0.8 ? Severity.WARNING : null;
        return severity == null ? Optional.empty() : Optional.of(new Result(severity, s.describe()));
    }

    /** The /dev/shm the outpost's container gets; empty when it is no tmpfs (a disk volume mounted there). */
    static Optional<ShmSize> shm(OutpostFacts facts, DryRunReport report) {
        if (report.deployment().isPresent()) {
            ShmMount m = ShmMount.of(report.deployment().get(), facts.type());
            Long memory = m.memoryLimitBytes().orElse(null);
            return switch (m.status()) {
                case MEMORY_VOLUME -> Optional.of(ShmSize.memoryVolume(m.sizeLimitBytes().orElse(null), memory));
                case NOT_MEMORY -> Optional.empty();
                case NO_MOUNT -> Optional.of(ShmSize.runtimeDefault(memory));
                // Kubernetes would reject the Deployment (AK003 says so): no volume of the patch is in effect.
                case MISSING_VOLUME, INVALID_QUANTITY, NO_CONTAINER -> Optional.of(ShmSize.runtimeDefault(null));
            };
        }
        boolean fails = report.components().stream().anyMatch(c -> c instanceof ComponentResult.Failed);
        String why = fails ? "a patch fails, so the controller applies no Deployment"
                : facts.connection() == ServiceConnection.DOCKER ? "Docker's --shm-size default"
                : facts.connection() == ServiceConnection.NONE ? "the outpost is deployed outside Authentik"
                : "Authentik does not manage its Deployment (kubernetes_disabled_components)";
        return Optional.of(new ShmSize(ShmSize.DEFAULT_BYTES, "the container runtime's default: " + why, null));
    }
}
