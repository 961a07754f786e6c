package dev.akconf.bench;

import dev.akconf.sim.SimState;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts a {@link Fleet} into a simulator seed exactly as {@link FleetConfig} declares it, so the first
 * plan finds nothing to change. Seeding bypasses the API (no latency, no validation).
 */
public final class FleetSeed {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FleetSeed() {
    }

    /** A fresh install ({@link SimState#fresh()}) holding the fleet; returns it with each app's provider pk. */
    public static Seeded seed(Fleet fleet) {
        SimState state = withKubernetesConnection(SimState.fresh());
        List<Integer> providerPks = new ArrayList<>(fleet.apps().size());
        for (Fleet.App app : fleet.apps()) {
            ObjectNode stored = state.addProxyProvider(provider(app, state));
            int pk = stored.get("pk").intValue();
            providerPks.add(pk);
            state.addApplication(application(app, pk));
        }
        ObjectNode outpost = NODES.objectNode().put("name", fleet.outpostName()).put("type", "proxy")
                .put("service_connection", state.list(CONNECTIONS).get(0).path("pk").asString());
        ArrayNode served = outpost.putArray("providers");
        providerPks.subList(0, fleet.outpostServes()).forEach(served::add);
        outpost.set("config", FleetConfig.outpostConfig(defaultConfig(state)));
        state.addOutpost(outpost);
        return new Seeded(state, providerPks);
    }

    private static final String CONNECTIONS = "/outposts/service_connections/all/";

    /**
     * The fleet's outpost is deployed by Authentik on Kubernetes, so its /dev/shm patch takes effect
     * (without a service connection AK001 rightly finds 64 MiB). A fresh install with none gets the
     * local Kubernetes connection Authentik creates when it runs in a cluster.
     */
    private static SimState withKubernetesConnection(SimState state) {
        if (!state.list(CONNECTIONS).isEmpty()) {
            return state;
        }
        ObjectNode fixture = state.toFixture();
        fixture.putArray(CONNECTIONS).addObject().put("pk", "5c2f1d0e-8f9b-4b0a-a3c1-7e6d5c4b3a21").put("name", "Local Kubernetes Cluster")
                .put("local", true).put("component", "ak-service-connection-kubernetes-form")
                .put("verbose_name", "Kubernetes Service-Connection").put("verbose_name_plural", "Kubernetes Service-Connections")
                .put("meta_model_name", "authentik_outposts.kubernetesserviceconnection");
        return SimState.fromFixture(fixture);
    }

    /** The seeded state and the provider pk of each app, in fleet order (to undo changes between runs). */
    public record Seeded(SimState state, List<Integer> providerPks) {
        public Seeded {
            providerPks = List.copyOf(providerPks);
        }
    }

    private static ObjectNode provider(Fleet.App app, SimState state) {
        ObjectNode p = NODES.objectNode()
                .put("name", app.name())
                .put("mode", "forward_single")
                .put("external_host", app.host())
                .put("access_token_validity", app.accessTokenValidity())
                .put("intercept_header_auth", app.interceptHeaderAuth());
        p.set("authorization_flow", flowPk(state, app.authorizationFlow()));
        p.set("invalidation_flow", flowPk(state, "default-provider-invalidation-flow"));
        if (app.skipPathRegex() != null) {
            p.put("skip_path_regex", app.skipPathRegex());
        }
        return p;
    }

    private static ObjectNode application(Fleet.App app, int providerPk) {
        return NODES.objectNode()
                .put("name", app.name())
                .put("slug", app.slug())
                .put("provider", providerPk)
                .put("group", app.group())
                .put("meta_launch_url", app.host())
                .put("policy_engine_mode", app.policyEngineMode());
    }

    private static JsonNode flowPk(SimState state, String slug) {
        return state.get("/flows/instances/", slug).map(f -> f.get("pk")).orElseThrow(
                () -> new IllegalStateException("the simulator's fresh install has no flow " + slug));
    }

    /** The config a new outpost gets: the embedded outpost's, which is the server default on a fresh install. */
    private static ObjectNode defaultConfig(SimState state) {
        return state.list("/outposts/instances/").stream()
                .map(o -> (ObjectNode) o.get("config")).findFirst().orElseGet(NODES::objectNode).deepCopy();
    }
}
