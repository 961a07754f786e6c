package dev.akconf.controller;

import dev.akconf.model.Suggest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A dry-run of Authentik 2026.2.2's outpost controller: which declared
 * {@code kubernetes_json_patches} components it would act on, the objects it would generate and
 * whether python {@code jsonpatch} applies the declared operations to them. A pure function: no
 * I/O, nothing printed.
 *
 * <p>What decides it, in the controller's own order ({@code authentik/outposts/controllers/kubernetes.py}
 * {@code up_with_logs}, run by {@code authentik/outposts/tasks.py outpost_controller}):
 * <ol>
 * <li>a Kubernetes service connection ({@code tasks.py controller_for_outpost}), and a known type;</li>
 * <li>for each component in reconcile order ({@link OutpostType#components()}): skipped if listed in
 * {@code kubernetes_disabled_components}; skipped if the type has no such reconciler;</li>
 * <li>skipped if the reconciler is a {@code noop} ({@code authentik/outposts/controllers/k8s/base.py}
 * {@code up} returns before building the patch): the embedded outpost for deployment, secret and
 * servicemonitor; a missing CRD for servicemonitor, httproute and traefik middleware; HTTPRoute
 * without parent refs;</li>
 * <li>otherwise base.py {@code get_patched_reference_object} applies the patch, and the client reads
 * the result back ({@link ClientModels}); if either raises, the
 * loop ends there (no handler in {@code up_with_logs}), so later components are not reconciled.</li>
 * </ol>
 */
public final class ControllerDryRun {

    private static final String TASKS = "authentik/outposts/tasks.py";
    private static final String KUBERNETES = "authentik/outposts/controllers/kubernetes.py";
    private static final Set<Component> EMBEDDED_NOOP = Set.of(Component.DEPLOYMENT, Component.SECRET, Component.SERVICE_MONITOR);

    private ControllerDryRun() {
    }

    /**
     * Runs the dry-run for one outpost.
     *
     * @return one result per declared patch component ({@link ComponentResult.Applied},
     *         {@link ComponentResult.Failed}, {@link ComponentResult.NotActedOn},
     *         {@link ComponentResult.Unchecked}), the config keys without effect, and the patched
     *         Deployment when the controller would build one (for {@link ShmMount#of})
     */
    public static DryRunReport run(OutpostInput outpost) {
        return run(outpost, null);
    }

    /**
     * As {@link #run(OutpostInput)}, knowing the outpost's proxy providers: then the Ingress and the
     * HTTPRoute are built and checked too, and the Traefik Middleware's forward-auth condition is
     * decided ({@code providers} null: unknown).
     */
    public static DryRunReport run(OutpostInput outpost, List<ProxyProviderInfo> providers) {
        ConfigView config = new ConfigView(outpost.config(), outpost.unknowns());
        JsonNode patches = config.patches();
        List<String> declared = new ArrayList<>();
        if (patches != null && patches.isObject()) {
            declared.addAll(patches.propertyNames());
        }
        List<IneffectiveKey> ineffective = IneffectiveKeys.of(outpost, patches);
        Map<String, ComponentResult> results = new LinkedHashMap<>();
        declared.forEach(k -> results.put(k, null));
        Optional<String> assumption = Optional.empty();

        if (outpost.connection() == ServiceConnection.DOCKER || outpost.connection() == ServiceConnection.NONE) {
            String why = outpost.connection() == ServiceConnection.DOCKER
                    ? "the outpost's service connection is Docker: the Docker controller never reads kubernetes_json_patches"
                    : "the outpost has no service connection: Authentik runs no controller for it (deploy it yourself)";
            declared.forEach(k -> results.put(k, new ComponentResult.NotActedOn(k, NotActedReason.NO_KUBERNETES_CONNECTION,
                    why, outpost.connection() == ServiceConnection.DOCKER ? "authentik/outposts/controllers/docker.py" : TASKS)));
            return new DryRunReport(List.copyOf(results.values()), ineffective, Optional.empty(), assumption);
        }
        if (outpost.connection() == ServiceConnection.UNKNOWN) {
            assumption = Optional.of("the outpost's service connection is not known here: this assumes a Kubernetes one ("
                    + TASKS + " controller_for_outpost runs the Kubernetes controller only then)");
        }
        Optional<OutpostType> kind = OutpostType.of(outpost.type());
        if (kind.isEmpty()) {
            declared.forEach(k -> results.put(k, new ComponentResult.NotActedOn(k, NotActedReason.UNKNOWN_TYPE,
                    "Authentik has no controller for outposts of type '" + outpost.type() + "'", TASKS)));
            return new DryRunReport(List.copyOf(results.values()), ineffective, Optional.empty(), assumption);
        }

        List<String> disabled = config.disabledComponents();
        ReferenceObjects objects = new ReferenceObjects(outpost, kind.get());
        Optional<JsonNode> deployment = Optional.empty();
        Component failed = null;
        List<Component> order = kind.get().components();
        for (int i = 0; i < order.size(); i++) {
            Component c = order.get(i);
            boolean isDeclared = results.containsKey(c.key());
            if (disabled.contains(c.key())) {
                if (isDeclared) {
                    results.put(c.key(), new ComponentResult.NotActedOn(c.key(), NotActedReason.COMPONENT_DISABLED,
                            "'" + c.key() + "' is listed in kubernetes_disabled_components: the controller skips it", KUBERNETES));
                }
                continue;
            }
            if (failed != null) {
                if (isDeclared) {
                    results.put(c.key(), new ComponentResult.NotActedOn(c.key(), NotActedReason.EARLIER_COMPONENT_FAILED,
                            "the '" + failed.key() + "' patch fails first: the controller stops there and never reaches '" + c.key() + "'",
                            KUBERNETES));
                }
                continue;
            }
            Optional<ComponentResult.NotActedOn> noop = noop(outpost, config, c, providers);
            if (noop.isPresent()) {
                if (isDeclared) {
                    results.put(c.key(), noop.get());
                }
                continue;
            }
            JsonNode generated = objects.of(c, providers);
            if (generated == null) {
                if (isDeclared) {
                    results.put(c.key(), new ComponentResult.Unchecked(c.key(), "akconf does not build the " + c.objectKind()
                            + " (it depends on the outpost's providers and the cluster): this patch is not checked", c.source()));
                }
                continue;
            }
            JsonNode patch = patches != null && patches.isObject() ? patches.get(c.key()) : null;
            PatchOutcome outcome = ReadBack.check(c, JsonPatch.apply(generated, patch), patch);
            Optional<String> condition = condition(c, providers != null);
            if (outcome instanceof PatchOutcome.Patched p) {
                if (c == Component.DEPLOYMENT) {
                    deployment = Optional.of(p.document());
                }
                if (isDeclared) {
                    results.put(c.key(), new ComponentResult.Applied(c.key(), generated, p.document(), condition, ReadBack.dropped(c, p.document())));
                }
            } else {
                PatchError error = ((PatchOutcome.Failed) outcome).error();
                List<String> after = order.subList(i + 1, order.size()).stream().map(Component::key)
                        .filter(k -> !disabled.contains(k)).toList();
                if (isDeclared) {
                    results.put(c.key(), new ComponentResult.Failed(c.key(), error, FixHints.hint(error, c), after, condition));
                }
                failed = c;
            }
        }
        for (String key : declared) {
            if (results.get(key) == null) {
                results.put(key, missing(key, kind.get()));
            }
        }
        return new DryRunReport(List.copyOf(results.values()), ineffective, deployment, assumption);
    }

    /** The reconciler's {@code noop} property, where akconf can decide it offline. */
    private static Optional<ComponentResult.NotActedOn> noop(OutpostInput outpost, ConfigView config, Component c,
                                                             List<ProxyProviderInfo> providers) {
        if (outpost.embedded() && EMBEDDED_NOOP.contains(c)) {
            // authentik/outposts/controllers/k8s/{deployment,secret,service_monitor}.py: `noop` returns self.is_embedded; the embedded
            // outpost runs inside the authentik server pods, so there is no Deployment, Secret or ServiceMonitor.
            return Optional.of(new ComponentResult.NotActedOn(c.key(), NotActedReason.EMBEDDED_OUTPOST,
                    "the managed embedded outpost runs inside the authentik server: the controller creates no " + c.objectKind()
                            + " for it, so this patch never applies", c.source()));
        }
        if (c == Component.HTTPROUTE && !config.hasHttpRouteParentRefs()) {
            return Optional.of(new ComponentResult.NotActedOn(c.key(), NotActedReason.NOOP_FOR_CONFIG,
                    "kubernetes_httproute_parent_refs is empty: the controller creates no HTTPRoute", c.source()));
        }
        if (c == Component.TRAEFIK_MIDDLEWARE && providers != null && providers.stream().noneMatch(ProxyProviderInfo::forwardAuth)) {
            // authentik/providers/proxy/controllers/k8s/traefik_3.py noop: no provider of the outpost in mode forward_single or forward_domain
            return Optional.of(new ComponentResult.NotActedOn(c.key(), NotActedReason.NOOP_FOR_CONFIG,
                    "none of the outpost's proxy providers uses forward auth: the controller creates no Traefik Middleware",
                    "authentik/providers/proxy/controllers/k8s/traefik_3.py"));
        }
        return Optional.empty();
    }

    /** What the reconciler's {@code noop} checks and akconf cannot know offline. */
    private static Optional<String> condition(Component c, boolean providersKnown) {
        return switch (c) {
            // authentik/outposts/controllers/k8s/service_monitor.py noop: `if not self._crd_exists()`
            case SERVICE_MONITOR -> Optional.of("only when the cluster has the servicemonitors.monitoring.coreos.com CRD (Prometheus Operator)");
            // authentik/providers/proxy/controllers/k8s/traefik_3.py noop: forward-auth providers and the CRD;
            // authentik/providers/proxy/controllers/k8s/traefik.py falls back to Traefik 2's CRD
            case TRAEFIK_MIDDLEWARE -> Optional.of((providersKnown ? "only when" : "only when one of the outpost's proxy providers uses"
                    + " forward auth (single application or domain level) and") + " the cluster has Traefik's middlewares CRD"
                    + " (traefik.io, or traefik.containo.us for Traefik 2)");
            // authentik/providers/proxy/controllers/k8s/httproute.py noop: `if not self.crd_exists()`
            case HTTPROUTE -> Optional.of("only when the cluster has the Gateway API's httproutes.gateway.networking.k8s.io CRD");
            default -> Optional.empty();
        };
    }

    private static ComponentResult missing(String key, OutpostType kind) {
        Optional<Component> known = Component.byKey(key);
        if (known.isPresent()) {
            return new ComponentResult.NotActedOn(key, NotActedReason.TYPE_HAS_NO_COMPONENT,
                    kind.type() + " outposts have no " + known.get().objectKind() + ": their controller has no '" + key + "' component",
                    kind.source());
        }
        List<String> names = Arrays.stream(Component.values()).map(Component::key).toList();
        String near = Suggest.didYouMean(key, names);
        // "ServiceMonitor", "servicemonitor", "traefik_middleware": the same letters, other spelling.
        String letters = key.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        for (String n : names) {
            String nl = n.replace(" ", "");
            if (!letters.isEmpty() && (nl.equals(letters) || nl.endsWith(letters))) {
                near = " — did you mean \"" + n + "\"?";
            }
        }
        return new ComponentResult.NotActedOn(key, NotActedReason.UNKNOWN_COMPONENT,
                "Authentik has no component named '" + key + "' (" + String.join(", ", kind.components().stream().map(Component::key).toList())
                        + " for " + kind.type() + " outposts)" + near, KUBERNETES);
    }
}
