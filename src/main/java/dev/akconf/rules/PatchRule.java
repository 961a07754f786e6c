package dev.akconf.rules;

import dev.akconf.config.Resource;
import dev.akconf.controller.ComponentResult;
import dev.akconf.controller.DryRunReport;
import dev.akconf.controller.PatchError;
import dev.akconf.diag.Diagnostic;
import dev.akconf.diag.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * AK003, patches that cannot work. First what Authentik's controller would do: the dry-run applies
 * each component's operations to the object Authentik generates, as python jsonpatch does
 * (authentik/outposts/controllers/k8s/base.py {@code get_patched_reference_object}); an operation
 * that raises is an error at that operation, with what the controller says and the fix. Then, as a
 * "did you mean" layer over the deployment's operations: paths a Deployment cannot have, mounts of
 * volumes no patch adds, volumes no container mounts. A component Authentik never acts on is AK004's.
 */
final class PatchRule {

    private PatchRule() {
    }

    static void check(Resource outpost, DryRunReport report, BiConsumer<Resource, Diagnostic> sink) {
        if (!outpost.spec().path("config").has("kubernetes_json_patches")) {
            return; // at plan the live patches stay as they are: not this configuration's to judge
        }
        Set<Integer> failedDeploymentOps = new HashSet<>();
        for (ComponentResult c : report.components()) {
            if (c instanceof ComponentResult.Failed f) {
                PatchError e = f.error();
                if (f.component().equals("deployment")) {
                    failedDeploymentOps.add(e.opIndex());
                }
                ConfigRules.report(outpost, RuleId.AK003, Severity.ERROR,
                        outpost.specOrigin(ConfigRules.PATCHES + "/" + escape(f.component()) + "/" + e.opIndex()), message(f), sink);
            }
        }
        boolean deploymentIgnored = report.component("deployment").filter(r -> r instanceof ComponentResult.NotActedOn).isPresent();
        JsonNode deployment = outpost.spec().at(ConfigRules.PATCHES + "/deployment");
        if (deploymentIgnored || !deployment.isArray()) {
            return;
        }
        shape(outpost, deployment, failedDeploymentOps, sink);
    }

    /** "Authentik's controller would fail on operation 0 (...): ...; the task ...; fix: ...". */
    private static String message(ComponentResult.Failed f) {
        PatchError e = f.error();
        String effect = e.exception().caughtByController()
                ? "it reports \"JSON Patch failed\" and reconciles nothing from here on"
                : "the uncaught " + e.exception().name() + " ends the outpost's controller task";
        String skipped = f.notReconciled().isEmpty() ? "" : " (" + String.join(", ", f.notReconciled()) + " not reconciled either)";
        return "Authentik's controller would fail on " + f.component() + " " + e.describe() + ": " + effect + skipped
                + "; fix: " + f.fixHint();
    }

    private static void shape(Resource outpost, JsonNode deployment, Set<Integer> failed, BiConsumer<Resource, Diagnostic> sink) {
        String base = ConfigRules.PATCHES + "/deployment/";
        for (int i = 0; i < deployment.size(); i++) {
            if (failed.contains(i)) {
                continue; // the controller's own failure says it better
            }
            for (String field : List.of("path", "from")) {
                String p = deployment.get(i).path(field).asString(null);
                int op = i;
                if (p != null) {
                    DeploymentPaths.problem(p).ifPresent(why -> ConfigRules.report(outpost, RuleId.AK003, Severity.ERROR,
                            outpost.specOrigin(base + op + "/" + field), "path " + p + ": " + why, sink));
                }
            }
        }
        List<ShmVolume.Added> volumes = ShmVolume.volumes(deployment);
        List<ShmVolume.Added> mounts = ShmVolume.mounts(deployment);
        Set<String> volumeNames = volumes.stream().map(v -> v.value().path("name").asString("")).collect(Collectors.toSet());
        Set<String> mountNames = mounts.stream().map(m -> m.value().path("name").asString("")).collect(Collectors.toSet());
        for (ShmVolume.Added m : mounts) {
            String n = m.value().path("name").asString("");
            if (!volumeNames.contains(n) && !failed.contains(m.op())) {
                ConfigRules.report(outpost, RuleId.AK003, Severity.ERROR, outpost.specOrigin(base + m.op()), "a volumeMount names volume \""
                        + n + "\", which no patch adds: the pod would not start", sink);
            }
        }
        for (ShmVolume.Added v : volumes) {
            String n = v.value().path("name").asString("");
            if (!mountNames.contains(n) && !failed.contains(v.op())) {
                ConfigRules.report(outpost, RuleId.AK003, Severity.ERROR, outpost.specOrigin(base + v.op()), "volume \"" + n
                        + "\" is added but no container mounts it", sink);
            }
        }
    }

    /** A component name as one JSON-pointer step. */
    static String escape(String step) {
        return dev.akconf.model.Paths.escape(step);
    }
}
