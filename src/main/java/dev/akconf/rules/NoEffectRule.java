package dev.akconf.rules;

import dev.akconf.config.Resource;
import dev.akconf.controller.Component;
import dev.akconf.controller.ComponentResult;
import dev.akconf.controller.DryRunReport;
import dev.akconf.controller.IneffectiveKey;
import dev.akconf.controller.NotActedReason;
import dev.akconf.kinds.ControllerModel;
import dev.akconf.diag.Diagnostic;
import dev.akconf.diag.Severity;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;

/**
 * AK004, "Authentik will not act on this": a declared patch component or config key that the
 * controller dry-run says changes nothing for this outpost (the managed embedded outpost gets no
 * Deployment, Secret or ServiceMonitor; a disabled component; a component the type has not; no
 * Kubernetes service connection). Only what the configuration declares is reported, at its key.
 */
final class NoEffectRule {

    /** Their reconcilers' {@code noop} is {@code is_embedded} (deployment.py, secret.py, service_monitor.py). */
    private static final Set<Component> EMBEDDED_NOOP = Set.of(Component.DEPLOYMENT, Component.SECRET, Component.SERVICE_MONITOR);

    private NoEffectRule() {
    }

    static void check(Resource outpost, ControllerModel model, boolean embedded, DryRunReport report,
                      BiConsumer<Resource, Diagnostic> sink) {
        JsonNode config = outpost.spec().path(model.configField());
        JsonNode patches = config.path(model.patchesKey());
        for (ComponentResult c : report.components()) {
            // A component after a failing one is AK003's consequence, said there.
            if (c instanceof ComponentResult.NotActedOn n && n.reason() != NotActedReason.EARLIER_COMPONENT_FAILED
                    && patches.has(n.component()) && !emptyList(patches.get(n.component()))) {
                String why = n.message() + " (" + n.source() + ")";
                Optional<Component> known = Component.byKey(n.component());
                if (embedded && n.reason() == NotActedReason.COMPONENT_DISABLED && known.isPresent() && EMBEDDED_NOOP.contains(known.get())) {
                    // Disabled too, but the lasting reason is the outpost itself (the controller checks the list
                    // first); worded as the dry-run words it when the component is not disabled.
                    why = "the managed embedded outpost runs inside the authentik server: the controller creates no "
                            + known.get().objectKind() + " for it, so this patch never applies (" + known.get().source() + ")";
                }
                ConfigRules.report(outpost, RuleId.AK004, Severity.WARNING,
                        outpost.document().source().key("/spec" + model.patchesPointer() + "/" + PatchRule.escape(n.component())),
                        "Authentik will not act on " + model.patchesKey() + "." + n.component() + ": " + why, sink);
            }
        }
        for (IneffectiveKey k : report.ineffectiveKeys()) {
            if (config.has(k.key())) {
                ConfigRules.report(outpost, RuleId.AK004, Severity.WARNING,
                        outpost.document().source().key("/spec/" + model.configField() + "/" + PatchRule.escape(k.key())),
                        "Authentik will not act on " + model.configField() + "." + k.key() + ": " + k.reason() + " (" + k.source() + ")", sink);
            }
        }
    }

    /** {@code deployment: []} asks for nothing, so nothing is ignored. */
    private static boolean emptyList(JsonNode v) {
        return v == null || v.isNull() || (v.isArray() && v.isEmpty());
    }
}
