package dev.akconf.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the fixture format of the simulator's seeds ({@code src/main/resources/sim/*.json}), of
 * tests and of {@code akconf demo --fixture}: an object mapping an API path ({@code /core/groups/},
 * with or without the {@code /api/v3} prefix) to a list of objects as that list endpoint returns
 * them (a whole paginated answer, {@code {"pagination": ..., "results": [...]}}, is taken too), or
 * to one object ({@code /admin/version/}, {@code /outposts/instances/default_settings/}).
 * Read-only fields are dropped, missing writable fields get the model defaults.
 *
 * <p>Loaded on top of a seed, an object replaces the seed's object with the same pk or the same
 * identity (a flow's or application's slug, a user's username, a managed object's {@code managed},
 * other kinds' name): a copy of a real installation's lists replaces the fresh-install objects it
 * also holds instead of clashing with them.
 */
final class FixtureLoader {

    private FixtureLoader() {
    }

    static Tables load(JsonNode fixture) {
        Tables t = new Tables();
        loadInto(t, fixture);
        return t;
    }

    /** Adds (or replaces, see the class comment) the fixture's objects in {@code t}. */
    static void loadInto(Tables t, JsonNode fixture) {
        if (fixture == null || !fixture.isObject()) {
            throw new IllegalArgumentException("a fixture is an object mapping API paths to lists of objects");
        }
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
    }

    private static void load(Tables t, String path, JsonNode value) {
        switch (path) {
            case "/admin/version/" -> t.version = object(path, value).deepCopy();
            case "/outposts/instances/default_settings/" -> object(path, value);
            case "/providers/proxy/" -> each(path, value, o -> {
                ObjectNode s = Seeding.proxyProvider(t, o);
                t.proxyProviders.values().removeIf(same(s, "name"));
                t.otherProviders.values().removeIf(same(s, "name"));
                t.proxyProviders.put(s.get("pk").intValue(), s);
            });
            case "/providers/all/" -> each(path, value, o -> {
                // Proxy providers belong under /providers/proxy/; here only the other types count.
                if (!ProviderViews.PROXY_META_MODEL.equals(Json.text(o, "meta_model_name"))) {
                    ObjectNode s = Seeding.otherProvider(o);
                    t.proxyProviders.values().removeIf(same(s, "name"));
                    t.otherProviders.values().removeIf(same(s, "name"));
                    t.otherProviders.put(s.get("pk").intValue(), s);
                }
            });
            case "/core/applications/" -> each(path, value, o -> replace(t.applications, Seeding.application(t, o), "slug"));
            case "/outposts/instances/" -> each(path, value, o -> replace(t.outposts, Seeding.outpost(t, o), "managed", "name"));
            case "/flows/instances/" -> each(path, value, o -> replace(t.flows, Seeding.verbatim(t, o), "slug"));
            case "/propertymappings/provider/scope/" ->
                    each(path, value, o -> replace(t.scopeMappings, Seeding.verbatim(t, o), "managed", "name"));
            case "/crypto/certificatekeypairs/" ->
                    each(path, value, o -> replace(t.certificates, Seeding.verbatim(t, o), "managed", "name"));
            case "/outposts/service_connections/all/" ->
                    each(path, value, o -> replace(t.serviceConnections, Seeding.verbatim(t, o), "name"));
            case "/core/users/" -> each(path, value, o -> {
                ObjectNode s = Seeding.user(t, o);
                t.users.values().removeIf(same(s, "username"));
                t.users.put(s.get("pk").intValue(), s);
            });
            case "/core/groups/" -> each(path, value, o -> replace(t.groups, Seeding.group(t, o), "name"));
            // An expression policy is a policy: one table, whichever list the fixture names.
            case "/policies/all/", "/policies/expression/" -> each(path, value, o -> replace(t.policies, Seeding.policy(t, o), "name"));
            case "/policies/bindings/" -> each(path, value, o -> put(t.bindings, Seeding.binding(t, o)));
            default -> throw new IllegalArgumentException("the simulator cannot seed " + path);
        }
    }

    /** Puts {@code stored}, first removing another object that has the same value in one of {@code identity}. */
    private static void replace(Map<String, ObjectNode> table, ObjectNode stored, String... identity) {
        for (String field : identity) {
            table.values().removeIf(same(stored, field));
        }
        put(table, stored);
    }

    /** Another object with the same non-null text in {@code field}. */
    private static java.util.function.Predicate<ObjectNode> same(ObjectNode stored, String field) {
        String value = Json.text(stored, field);
        return o -> value != null && value.equals(Json.text(o, field)) && !o.get("pk").equals(stored.get("pk"));
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
        if (value.isObject() && value.path("results").isArray()) {
            // A whole list answer as curl shows it: its page of results.
            value = value.get("results");
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(path + " must map to a list of objects");
        }
        for (JsonNode o : value) {
            if (!o.isObject()) {
                throw new IllegalArgumentException(path + " holds something that is not an object: " + PyRepr.typeName(o));
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
