package dev.akconf.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulator's data: one map per model, holding each object's stored (writable) fields. Read-only
 * fields of responses are computed from these on every read. Not thread-safe: {@link SimState}
 * guards every access with one lock.
 */
final class Tables {

    /** Seed of the id generator: fixed, so a fresh simulator always creates the same ids. */
    static final long ID_SEED = 2026_02_02L;

    final TreeMap<Integer, ObjectNode> proxyProviders = new TreeMap<>();
    /** Providers of other types (seeded from /providers/all/), in their generic Provider shape. */
    final TreeMap<Integer, ObjectNode> otherProviders = new TreeMap<>();
    final Map<String, ObjectNode> applications = new LinkedHashMap<>();
    final Map<String, ObjectNode> outposts = new LinkedHashMap<>();
    final Map<String, ObjectNode> flows = new LinkedHashMap<>();
    final Map<String, ObjectNode> scopeMappings = new LinkedHashMap<>();
    final Map<String, ObjectNode> certificates = new LinkedHashMap<>();
    final Map<String, ObjectNode> serviceConnections = new LinkedHashMap<>();
    final TreeMap<Integer, ObjectNode> users = new TreeMap<>();
    final Map<String, ObjectNode> groups = new LinkedHashMap<>();
    final Map<String, ObjectNode> policies = new LinkedHashMap<>();
    final Map<String, ObjectNode> bindings = new LinkedHashMap<>();
    ObjectNode version = Defaults.version();
    /** The OutpostConfig defaults served by default_settings (authentik_host is set per request). */
    ObjectNode outpostDefaults = Defaults.outpostConfig("default");
    final Ids ids;

    Tables() {
        this(new Ids(ID_SEED));
    }

    private Tables(Ids ids) {
        this.ids = ids;
    }

    /** A deep copy, its id generator in the same state (it never repeats an id the original handed out). */
    Tables copy() {
        Tables t = new Tables(ids.copy());
        proxyProviders.forEach((k, v) -> t.proxyProviders.put(k, v.deepCopy()));
        otherProviders.forEach((k, v) -> t.otherProviders.put(k, v.deepCopy()));
        copyInto(applications, t.applications);
        copyInto(outposts, t.outposts);
        copyInto(flows, t.flows);
        copyInto(scopeMappings, t.scopeMappings);
        copyInto(certificates, t.certificates);
        copyInto(serviceConnections, t.serviceConnections);
        users.forEach((k, v) -> t.users.put(k, v.deepCopy()));
        copyInto(groups, t.groups);
        copyInto(policies, t.policies);
        copyInto(bindings, t.bindings);
        t.version = version.deepCopy();
        t.outpostDefaults = outpostDefaults.deepCopy();
        return t;
    }

    private static void copyInto(Map<String, ObjectNode> from, Map<String, ObjectNode> to) {
        from.forEach((k, v) -> to.put(k, v.deepCopy()));
    }

    /** Providers of all types share one integer sequence (Provider is the parent table). */
    int nextProviderPk() {
        int max = 0;
        if (!proxyProviders.isEmpty()) {
            max = proxyProviders.lastKey();
        }
        if (!otherProviders.isEmpty()) {
            max = Math.max(max, otherProviders.lastKey());
        }
        return max + 1;
    }

    boolean providerExists(int pk) {
        return proxyProviders.containsKey(pk) || otherProviders.containsKey(pk);
    }

    Optional<ObjectNode> anyProvider(int pk) {
        ObjectNode p = proxyProviders.get(pk);
        return Optional.ofNullable(p != null ? p : otherProviders.get(pk));
    }

    Optional<ObjectNode> applicationBySlug(String slug) {
        return applications.values().stream().filter(a -> slug.equals(Json.text(a, "slug"))).findFirst();
    }

    Optional<ObjectNode> flowBySlug(String slug) {
        return flows.values().stream().filter(f -> slug.equals(Json.text(f, "slug"))).findFirst();
    }

    Optional<ObjectNode> scopeMappingByManaged(String managed) {
        return scopeMappings.values().stream().filter(m -> managed.equals(Json.text(m, "managed"))).findFirst();
    }

    int nextUserPk() {
        return users.isEmpty() ? 1 : users.lastKey() + 1;
    }

    /**
     * The policy-binding model a binding's {@code target} names, as its own pk (what the API shows):
     * an application (pk = pbm_uuid) or a flow, by its pk or by its policybindingmodel_ptr_id
     * (PolicyBindingModelForeignKey.to_internal_value tries the subclass pk, then the parent's).
     */
    Optional<String> bindingTargetPk(String uuid) {
        if (applications.containsKey(uuid) || flows.containsKey(uuid)) {
            return Optional.of(uuid);
        }
        return flows.values().stream().filter(f -> uuid.equals(Json.text(f, "policybindingmodel_ptr_id")))
                .map(f -> Json.text(f, "pk")).findFirst();
    }

    /** The pbm_uuid (PolicyBindingModel's pk, what the {@code target} filters compare) of a target pk. */
    String pbmUuid(String targetPk) {
        ObjectNode flow = targetPk == null ? null : flows.get(targetPk);
        String ptr = flow == null ? null : Json.text(flow, "policybindingmodel_ptr_id");
        return ptr != null ? ptr : targetPk;
    }

    /** Whether a PolicyBindingModel with this pbm_uuid exists (exact text, as a queryset lookup by str). */
    boolean isPbmUuid(String uuid) {
        return applications.containsKey(uuid)
                || flows.values().stream().anyMatch(f -> uuid.equals(pbmUuid(Json.text(f, "pk"))));
    }

    Optional<ObjectNode> userByUsername(String username) {
        return users.values().stream().filter(u -> username.equals(Json.text(u, "username"))).findFirst();
    }
}
