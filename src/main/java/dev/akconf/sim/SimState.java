package dev.akconf.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulated server's data, thread-safe: a seed before {@link Simulator#start}, and afterwards the
 * live store behind {@link Simulator#state()}. Reads return deep copies rendered exactly as the API
 * would return them; {@link #edit} changes an object behind the API's back (e.g. a UI edit between
 * plan and apply). Paths are list paths such as {@code /providers/proxy/}; keys are what the URL
 * uses (provider pk, application or flow slug, other uuids).
 */
public final class SimState {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Tables tables;

    private SimState(Tables tables) {
        this.tables = tables;
    }

    /**
     * What a new Authentik 2026.2.2 installed in Kubernetes holds ({@code src/main/resources/sim/fresh.json}):
     * the flows of {@code blueprints/default/} with their slugs, names, titles and designations; the
     * seven managed scope mappings of {@code blueprints/system/providers-oauth2.yaml} and
     * {@code providers-proxy.yaml}; "authentik Self-signed Certificate" and the managed
     * "authentik Internal JWT Certificate" ({@code authentik/crypto/apps.py}); the group
     * "authentik Admins" (superuser) with akadmin (pk 1, root@example.com) from
     * {@code blueprints/system/bootstrap.yaml}; the group "authentik Read-only" of
     * {@code blueprints/default/rbac-role-read-only.yaml} (its role is not modelled: no roles here); the "Local Kubernetes Cluster" service connection
     * that {@code outpost_connection_discovery} creates in a cluster ({@code authentik/outposts/tasks.py});
     * the managed embedded outpost with the default config, no providers and no service connection
     * ({@code authentik/outposts/apps.py} assigns one only if it exists when the outpost is created,
     * and discovery runs later, as a task); namespace "authentik".
     *
     * <p>Not modelled: flow stages and their bindings (flows list {@code stages: []}), the brand,
     * the managed expressions' bodies, the embedded outpost's service account user.
     */
    public static SimState fresh() {
        return fromFixture(FixtureLoader.resource("fresh.json"));
    }

    /**
     * The former name of {@link #fresh()}, kept so that branches written against it still compile
     * (it no longer holds the user alice or the policy "grafana office network": {@link #incident()} does).
     *
     * @deprecated use {@link #fresh()}
     */
    @Deprecated
    public static SimState empty() {
        return fresh();
    }

    /**
     * The incident's live state ({@code src/main/resources/sim/incident.json}, self-contained so that
     * tests can edit it as a fixture): {@link #fresh()} plus
     * the "Domain wide catch all" forward_domain provider at {@code access_token_validity: hours=168}
     * and its application, the standalone "Catch-all proxy outpost" serving it on the Kubernetes
     * connection, the embedded outpost (authentik_host set, as any working installation has it, and attached
     * to the Kubernetes connection, as the incident's installation had it) carrying the post-mortem's hand-made /dev/shm deployment patch,
     * and, for tests, the user alice (pk 2) and the expression policy "grafana office network".
     */
    public static SimState incident() {
        // SeedTest checks that it is the fresh install plus these objects.
        return fromFixture(FixtureLoader.resource("incident.json"));
    }

    /** A state from a fixture in akconf's format: API path → list of objects, or one object. */
    public static SimState fromFixture(JsonNode fixture) {
        return new SimState(FixtureLoader.load(fixture));
    }

    /**
     * A copy of this state with the fixture's objects added; an object replaces one with the same pk
     * or identity (see {@link FixtureLoader}).
     *
     * @throws IllegalArgumentException when the fixture is not in the fixture format
     */
    public SimState withFixture(JsonNode fixture) {
        SimState copy = copy();
        copy.write(t -> {
            FixtureLoader.loadInto(t, fixture);
            return null;
        });
        return copy;
    }

    /** An independent deep copy (a simulator starts from a copy of its seed). */
    public SimState copy() {
        return read(t -> new SimState(t.copy()));
    }

    /**
     * Stores a proxy provider without validation (for seeding many quickly): defaults fill what is
     * missing, pk is the next free one unless given, and the managed scope mappings are added as on a
     * real create. Returns the stored fields (no read-only fields).
     */
    public ObjectNode addProxyProvider(ObjectNode fields) {
        return write(t -> {
            ObjectNode s = Seeding.proxyProvider(t, fields);
            ProxyProviderWrites.addManagedMappings(t, s);
            t.proxyProviders.put(s.get("pk").intValue(), s);
            return s.deepCopy();
        });
    }

    /** Stores an application without validation; a uuid pk is generated unless given. */
    public ObjectNode addApplication(ObjectNode fields) {
        return write(t -> {
            ObjectNode s = Seeding.application(t, fields);
            FixtureLoader.put(t.applications, s);
            return s.deepCopy();
        });
    }

    /** Stores an outpost without validation; config defaults to the default settings. */
    public ObjectNode addOutpost(ObjectNode fields) {
        return write(t -> {
            ObjectNode s = Seeding.outpost(t, fields);
            FixtureLoader.put(t.outposts, s);
            return s.deepCopy();
        });
    }

    /**
     * Stores a group without validation (for seeding quickly); a uuid pk is generated unless given,
     * model defaults fill the rest. Membership is the group's {@code users} (user pks).
     */
    public ObjectNode addGroup(ObjectNode fields) {
        return write(t -> {
            ObjectNode s = Seeding.group(t, fields);
            FixtureLoader.put(t.groups, s);
            return s.deepCopy();
        });
    }

    /**
     * Stores a policy binding without validation: {@code target} (an application's or flow's pk) and
     * one of {@code policy}, {@code group}, {@code user} are the caller's business; negate false,
     * enabled true, timeout 30, failure_result false unless given.
     */
    public ObjectNode addBinding(ObjectNode fields) {
        return write(t -> {
            ObjectNode s = Seeding.binding(t, fields);
            FixtureLoader.put(t.bindings, s);
            return s.deepCopy();
        });
    }

    /** Stores a user without validation (users are read-only over the API); pk is the next free one unless given. */
    public ObjectNode addUser(ObjectNode fields) {
        return write(t -> {
            ObjectNode s = Seeding.user(t, fields);
            t.users.put(s.get("pk").intValue(), s);
            return s.deepCopy();
        });
    }

    /** Stores a policy without validation (an expression policy unless the fields say otherwise). */
    public ObjectNode addPolicy(ObjectNode fields) {
        return write(t -> {
            ObjectNode s = Seeding.policy(t, fields);
            FixtureLoader.put(t.policies, s);
            return s.deepCopy();
        });
    }

    /** Every object of a list endpoint, rendered as the API returns it, in the default order. */
    public List<ObjectNode> list(String path) {
        Collection c = Endpoints.byPath(path);
        return read(t -> {
            Links links = new Links(t);
            List<ObjectNode> out = new ArrayList<>();
            c.all(t).forEach(o -> out.add(c.render(t, links, o)));
            return out;
        });
    }

    /** One object as the API's retrieve returns it, or empty. */
    public Optional<ObjectNode> get(String path, Object key) {
        Collection c = Endpoints.byPath(path);
        return read(t -> find(t, c, key).map(o -> c.render(t, new Links(t), o)));
    }

    public int count(String path) {
        Collection c = Endpoints.byPath(path);
        return read(t -> c.all(t).size());
    }

    /**
     * Changes the stored object directly (no validation, no side effects); read-only fields are
     * recomputed on the next read, so only writable fields matter. The pk cannot change.
     *
     * @throws IllegalArgumentException when there is no such object
     */
    public void edit(String path, Object key, Consumer<ObjectNode> change) {
        Collection c = Endpoints.byPath(path);
        write(t -> {
            ObjectNode stored = find(t, c, key)
                    .orElseThrow(() -> new IllegalArgumentException("no " + key + " in " + path));
            JsonNode pk = stored.get("pk").deepCopy();
            change.accept(stored);
            stored.set("pk", pk);
            return null;
        });
    }

    /** Deletes an object with the same effects as the API's DELETE; false when there was none. */
    public boolean delete(String path, Object key) {
        Collection c = Endpoints.byPath(path);
        return write(t -> find(t, c, key).map(o -> {
            c.delete(t, o);
            return true;
        }).orElse(false));
    }

    /** The whole state in the fixture format (rendered objects), e.g. to save a golden file. */
    public ObjectNode toFixture() {
        return read(t -> {
            ObjectNode out = Json.object();
            out.set("/admin/version/", t.version.deepCopy());
            out.putObject("/outposts/instances/default_settings/").set("config", t.outpostDefaults.deepCopy());
            Links links = new Links(t);
            for (Collection c : Endpoints.ALL) {
                var items = out.putArray(c.path);
                for (ObjectNode o : c.all(t)) {
                    // /providers/all/ round-trips only the non-proxy providers (proxies have their own list).
                    if (!(c instanceof AllProviders) || t.otherProviders.containsKey(o.get("pk").intValue())) {
                        items.add(c.render(t, links, o));
                    }
                }
            }
            return out;
        });
    }

    private static Optional<ObjectNode> find(Tables t, Collection c, Object key) {
        try {
            return c.find(t, String.valueOf(key));
        } catch (ApiError e) {
            return Optional.empty();
        }
    }

    <T> T read(Function<Tables, T> action) {
        lock.readLock().lock();
        try {
            return action.apply(tables);
        } finally {
            lock.readLock().unlock();
        }
    }

    <T> T write(Function<Tables, T> action) {
        lock.writeLock().lock();
        try {
            return action.apply(tables);
        } finally {
            lock.writeLock().unlock();
        }
    }
}
