package dev.akconf.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the fixture format akconf's tests use: a JSON object mapping an API path to a list of
 * objects (a list endpoint) or to one object ({@code /admin/version/},
 * {@code /outposts/instances/default_settings/}).
 */
final class FixtureLoader {

    private FixtureLoader() {
    }

    static Tables load(JsonNode fixture) {
        if (fixture == null || !fixture.isObject()) {
            throw new IllegalArgumentException("a fixture is a JSON object mapping API paths to objects or lists");
        }
        Tables t = new Tables();
        // default_settings first: outposts seeded without config get these defaults.
        JsonNode defaults = fixture.get("/outposts/instances/default_settings/");
        if (defaults != null && defaults.path("config").isObject()) {
            t.outpostDefaults = ((ObjectNode) defaults.get("config")).deepCopy();
            t.outpostDefaults.put("authentik_host", "");
        }
        for (Map.Entry<String, JsonNode> e : fixture.properties()) {
            String path = e.getKey().startsWith(Router.API) ? e.getKey().substring(Router.API.length()) : e.getKey();
            load(t, path, e.getValue());
        }
        return t;
    }

    private static void load(Tables t, String path, JsonNode value) {
        switch (path) {
            case "/admin/version/" -> t.version = object(path, value).deepCopy();
            case "/outposts/instances/default_settings/" -> object(path, value);
            case "/providers/proxy/" -> each(path, value, o -> {
                ObjectNode s = Seeding.proxyProvider(t, o);
                t.proxyProviders.put(s.get("pk").intValue(), s);
            });
            case "/providers/all/" -> each(path, value, o -> {
                // Proxy providers belong under /providers/proxy/; here only the other types count.
                if (!ProviderViews.PROXY_META_MODEL.equals(Json.text(o, "meta_model_name"))) {
                    ObjectNode s = Seeding.otherProvider(o);
                    t.otherProviders.put(s.get("pk").intValue(), s);
                }
            });
            case "/core/applications/" -> each(path, value, o -> put(t.applications, Seeding.application(t, o)));
            case "/outposts/instances/" -> each(path, value, o -> put(t.outposts, Seeding.outpost(t, o)));
            case "/flows/instances/" -> each(path, value, o -> put(t.flows, Seeding.verbatim(t, o)));
            case "/propertymappings/provider/scope/" -> each(path, value, o -> put(t.scopeMappings, Seeding.verbatim(t, o)));
            case "/crypto/certificatekeypairs/" -> each(path, value, o -> put(t.certificates, Seeding.verbatim(t, o)));
            case "/outposts/service_connections/all/" ->
                    each(path, value, o -> put(t.serviceConnections, Seeding.verbatim(t, o)));
            case "/core/users/" -> each(path, value, o -> {
                ObjectNode s = Seeding.user(t, o);
                t.users.put(s.get("pk").intValue(), s);
            });
            case "/core/groups/" -> each(path, value, o -> put(t.groups, Seeding.group(t, o)));
            case "/policies/all/" -> each(path, value, o -> put(t.policies, Seeding.policy(t, o)));
            case "/policies/bindings/" -> each(path, value, o -> put(t.bindings, Seeding.binding(t, o)));
            default -> throw new IllegalArgumentException("the simulator cannot seed " + path);
        }
    }

    static void put(Map<String, ObjectNode> table, ObjectNode stored) {
        table.put(Json.text(stored, "pk"), stored);
    }

    private static ObjectNode object(String path, JsonNode value) {
        if (!value.isObject()) {
            throw new IllegalArgumentException(path + " must map to an object");
        }
        return (ObjectNode) value;
    }

    private static void each(String path, JsonNode value, java.util.function.Consumer<JsonNode> add) {
        if (!value.isArray()) {
            throw new IllegalArgumentException(path + " must map to a list of objects");
        }
        for (JsonNode o : value) {
            if (!o.isObject()) {
                throw new IllegalArgumentException(path + " holds a non-object: " + o);
            }
            add.accept(o);
        }
    }

    /** A fixture bundled under {@code src/main/resources/sim/}. */
    static JsonNode resource(String name) {
        try (InputStream in = FixtureLoader.class.getResourceAsStream("/sim/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing simulator resource /sim/" + name);
            }
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
