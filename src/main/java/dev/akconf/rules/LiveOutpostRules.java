package dev.akconf.rules;

import dev.akconf.config.Resource;
import dev.akconf.controller.ServiceConnection;
import dev.akconf.diag.Diagnostic;
import dev.akconf.diag.Diagnostics;
import dev.akconf.diag.Severity;
import dev.akconf.diff.Pairing;
import dev.akconf.live.LiveState;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.SessionLifetime;
import dev.akconf.model.RefTarget;
import dev.akconf.model.RuleSettings;
import dev.akconf.model.State;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outpost rules again at plan, on what Authentik holds: whether an outpost is the managed
 * embedded one (its {@code managed} marker, not its name), the kind of its service connection, its
 * stored config under the declared keys. validate's findings were printed already; this adds the
 * findings only the live facts give, and says where those facts contradict validate's assumption
 * (an outpost named "authentik Embedded Outpost" that is not managed; an undeclared service
 * connection that is not Kubernetes) or where the server is not the version the rules model.
 */
public final class LiveOutpostRules {

    /** The version whose controller and session store the outpost rules model. */
    static final String MODELLED = "2026.2.";

    private LiveOutpostRules() {
    }

    public static void check(List<Resource> resources, RuleSettings settings, LiveState live, Diagnostics diags) {
        List<Resource> outposts = resources.stream()
                .filter(r -> r.kind().adapter().controllerModel().isPresent() && r.state() != State.ABSENT).toList();
        if (outposts.isEmpty()) {
            return;
        }
        Pairing pairing = Pairing.index(live);
        Set<String> offline = new HashSet<>();
        ConfigRules.findings(resources, settings).forEach(f -> offline.add(f.diagnostic().toString()));
        for (ConfigRules.Finding f : ConfigRules.findings(resources, settings, r -> OutpostFacts.atPlan(r, pairing.match(r), live),
                name -> undeclaredLifetime(name, live))) {
            if (!offline.contains(f.diagnostic().toString())) {
                diags.add(f.diagnostic());
            }
        }
        for (Resource r : outposts) {
            Optional<ObjectNode> object = pairing.match(r);
            if (object.isPresent()) {
                disagreement(r, OutpostFacts.offline(r), OutpostFacts.atPlan(r, object, live), diags);
            }
        }
        String version = live.serverVersion();
        if (version != null && !version.startsWith(MODELLED)) {
            Resource first = outposts.get(0);
            ConfigRules.report(first, RuleId.AK004, Severity.WARNING, first.document().source().value("/name"),
                    "the outpost rules (AK001, AK003, AK004) model Authentik 2026.2.2's outpost controller and session store;"
                            + " this server is " + version + ", which may act differently", (res, d) -> diags.add(d));
        }
    }

    /**
     * The session lifetime of a served object the configuration does not declare: Authentik's value
     * (the proxy list carries it), read by the adapter of the kind whose list the table doubles as.
     */
    private static Optional<java.math.BigDecimal> undeclaredLifetime(String name, LiveState live) {
        for (Kind kind : Kind.values()) {
            Optional<SessionLifetime> lifetime = kind.adapter().sessionLifetime();
            Optional<RefTarget> target = kind.adapter().servesTarget();
            if (lifetime.isPresent() && target.isPresent()) {
                Optional<JsonNode> found = live.refs().find(target.get(), name);
                if (found.isPresent()) {
                    return lifetime.get().live(found.get());
                }
            }
        }
        return Optional.empty();
    }

    private static void disagreement(Resource r, OutpostFacts offline, OutpostFacts now, Diagnostics diags) {
        String said = null;
        if (offline.embedded() && !now.embedded()) {
            said = "validate took this outpost for the managed embedded outpost by its name, but Authentik's object has no "
                    + OutpostFacts.model(r).embeddedMarker() + " marker: it is a standalone outpost, whose patches the controller applies"
                    + " and whose sessions are files in /dev/shm (authentik/outposts/apps.py, internal/outpost/proxyv2/refresh.go)";
        } else if (!offline.embedded() && now.embedded()) {
            said = "Authentik's object is the managed embedded outpost (its managed marker), not a standalone one as validate took it"
                    + " by its name: the controller builds no Deployment for it and its sessions live in PostgreSQL";
        } else if (offline.connection() == ServiceConnection.UNKNOWN && !now.embedded() && declaresKubernetes(r)
                && (now.connection() == ServiceConnection.DOCKER || now.connection() == ServiceConnection.NONE)) {
            said = "validate assumed a Kubernetes service connection (" + offline.connectionBasis() + "), but it is "
                    + (now.connection() == ServiceConnection.NONE ? "none" : "a Docker one") + " (" + now.connectionBasis()
                    + "): Authentik's Kubernetes controller does not run for this outpost (authentik/outposts/tasks.py)";
        }
        if (said != null) {
            ConfigRules.report(r, RuleId.AK004, Severity.WARNING, r.document().source().value("/name"), said, (res, d) -> diags.add(d));
        }
    }

    /**
     * Whether the outpost declares something only the Kubernetes controller reads: otherwise which
     * controller runs it changes nothing akconf checks, and saying so would be noise on every outpost
     * deployed by hand (authentik/outposts/tasks.py picks the controller by the service connection).
     */
    private static boolean declaresKubernetes(Resource r) {
        JsonNode config = r.spec().path(OutpostFacts.model(r).configField());
        for (var e : config.properties()) {
            JsonNode v = e.getValue();
            if (e.getKey().startsWith("kubernetes_") && !v.isNull() && !(v.isContainer() && v.isEmpty())) {
                return true;
            }
        }
        return false;
    }
}
