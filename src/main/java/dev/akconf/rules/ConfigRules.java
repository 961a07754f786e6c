package dev.akconf.rules;

import dev.akconf.config.Resource;
import dev.akconf.diag.Diagnostic;
import dev.akconf.diag.Diagnostics;
import dev.akconf.diag.Severity;
import dev.akconf.model.Durations;
import dev.akconf.model.Kind;
import dev.akconf.model.Origin;
import dev.akconf.model.RuleSettings;
import dev.akconf.model.State;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The guardrails that need only the configuration, run by validate and plan: AK001 (the session
 * store fills before sessions expire) and AK003 (JSON patches that cannot work). A resource's
 * {@code akconf.io/suppress} entry silences a rule for it.
 */
public final class ConfigRules {

    static final String PATCHES = "/config/kubernetes_json_patches";

    private ConfigRules() {
    }

    /** A rule's objection to one resource. */
    public record Finding(Resource resource, Diagnostic diagnostic) {
    }

    /** Every finding with the resource it concerns (import turns them into reviewable suppressions). */
    public static List<Finding> findings(List<Resource> resources, RuleSettings settings) {
        List<Finding> out = new java.util.ArrayList<>();
        run(resources, settings, (r, d) -> out.add(new Finding(r, d)));
        return out;
    }

    public static void check(List<Resource> resources, RuleSettings settings, Diagnostics diags) {
        run(resources, settings, (r, d) -> diags.add(d));
    }

    private static void run(List<Resource> resources, RuleSettings settings, BiConsumer<Resource, Diagnostic> diags) {
        Map<String, Resource> providers = new HashMap<>();
        resources.stream().filter(r -> r.kind() == Kind.PROXY_PROVIDER).forEach(r -> providers.put(r.key().identity(), r));
        for (Resource r : resources) {
            if (r.kind() != Kind.OUTPOST || r.state() == State.ABSENT) {
                continue;
            }
            sessionStore(r, providers, settings, diags);
            patches(r, diags);
        }
    }

    /** AK001 for one outpost, from the longest access_token_validity of the providers it serves. */
    private static void sessionStore(Resource outpost, Map<String, Resource> providers, RuleSettings settings,
                                     BiConsumer<Resource, Diagnostic> diags) {
        if (!"proxy".equals(outpost.spec().path("type").asString("proxy"))) {
            return;
        }
        BigDecimal longest = null;
        for (JsonNode ref : outpost.spec().path("providers")) {
            Resource p = providers.get(ref.asString(""));
            if (p == null || p.state() == State.ABSENT) {
                continue; // not declared here: its validity is unknown offline
            }
            // Authentik's default for an undeclared access_token_validity is hours=1.
            BigDecimal validity = Durations.parseAuthentik(p.spec().path("access_token_validity").asString("hours=1"))
                    .orElse(BigDecimal.valueOf(3600));
            longest = longest == null || validity.compareTo(longest) > 0 ? validity : longest;
        }
        if (longest == null) {
            return;
        }
        String name = outpost.key().identity();
        long store = ShmVolume.size(outpost.spec().at(PATCHES + "/deployment")).orElse(ShmVolume.DEFAULT_BYTES);
        SessionStore s = new SessionStore(settings.requestsPerMinute(name), longest, store, settings.bytesPerSessionFile(name));
        Severity severity = s.fillRatio() >= 1 ? Severity.ERROR : s.fillRatio() > 0.8 ? Severity.WARNING : null;
        if (severity != null) {
            report(outpost, RuleId.AK001, severity, outpost.document().source().value("/name"), s.describe(), diags);
        }
    }

    /** AK003: mounts of volumes no patch adds, volumes no mount uses, paths a Deployment cannot have. */
    private static void patches(Resource outpost, BiConsumer<Resource, Diagnostic> diags) {
        JsonNode all = outpost.spec().at(PATCHES);
        if (all.isObject() && all.isEmpty()) {
            diags.accept(outpost, Diagnostic.warning(outpost.specOrigin(PATCHES), "kubernetes_json_patches: {} declares no component and "
                    + "changes nothing; write deployment: [] to remove a component's patches, or null to remove them all"));
        }
        JsonNode deployment = all.path("deployment");
        if (!deployment.isArray()) {
            return;
        }
        String base = PATCHES + "/deployment/";
        for (int i = 0; i < deployment.size(); i++) {
            for (String field : List.of("path", "from")) {
                String p = deployment.get(i).path(field).asString(null);
                int op = i;
                if (p != null) {
                    DeploymentPaths.problem(p).ifPresent(why -> report(outpost, RuleId.AK003, Severity.ERROR,
                            outpost.specOrigin(base + op + "/" + field), "path " + p + ": " + why, diags));
                }
            }
        }
        List<ShmVolume.Added> volumes = ShmVolume.volumes(deployment);
        List<ShmVolume.Added> mounts = ShmVolume.mounts(deployment);
        Set<String> volumeNames = volumes.stream().map(v -> v.value().path("name").asString("")).collect(Collectors.toSet());
        Set<String> mountNames = mounts.stream().map(m -> m.value().path("name").asString("")).collect(Collectors.toSet());
        for (ShmVolume.Added m : mounts) {
            String n = m.value().path("name").asString("");
            if (!volumeNames.contains(n)) {
                report(outpost, RuleId.AK003, Severity.ERROR, outpost.specOrigin(base + m.op()), "a volumeMount names volume \""
                        + n + "\", which no patch adds: the pod would not start", diags);
            }
        }
        for (ShmVolume.Added v : volumes) {
            String n = v.value().path("name").asString("");
            if (!mountNames.contains(n)) {
                report(outpost, RuleId.AK003, Severity.ERROR, outpost.specOrigin(base + v.op()), "volume \"" + n
                        + "\" is added but no container mounts it", diags);
            }
        }
    }

    private static void report(Resource r, RuleId rule, Severity severity, Origin at, String message,
                               BiConsumer<Resource, Diagnostic> diags) {
        if (!r.suppress().containsKey(rule.name())) {
            diags.accept(r, new Diagnostic(severity, at, message, rule.name()));
        }
    }
}
