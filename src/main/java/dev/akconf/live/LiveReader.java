package dev.akconf.live;

import dev.akconf.authentik.AuthentikClient;
import dev.akconf.config.Resource;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.KindSpec;
import dev.akconf.model.RefField;
import dev.akconf.model.RefTarget;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the live state a plan needs with list requests only: one list per declared kind, one per
 * reference target actually used (declared kind or not), never one GET per object, the independent
 * lists at the same time, with the server's version and the token's user ({@link ServerCheck}).
 * Read-only: it only sends GETs.
 */
public final class LiveReader {

    private final AuthentikClient client;

    public LiveReader(AuthentikClient client) {
        this.client = client;
    }

    public LiveState read(List<Resource> desired) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        desired.forEach(r -> kinds.add(r.kind()));
        Map<RefTarget, List<String>> names = new EnumMap<>(RefTarget.class);
        for (RefTarget target : RefTarget.values()) {
            names.put(target, referencedNames(desired, target));
        }

        // Every list that does not depend on another is read at once, with the server's version and
        // the token's user (see ServerCheck); each still pages concurrently on the client's bounded
        // pool. Only the rare all-providers list waits for the proxy providers.
        try (ParallelReads reads = new ParallelReads()) {
            ServerCheck server = ServerCheck.start(reads, client);
            Map<Kind, Future<List<ObjectNode>>> lists = new EnumMap<>(Kind.class);
            for (Kind kind : kinds) {
                KindSpec spec = kind.spec();
                lists.put(kind, reads.start(() -> AnswerTypes.checked(spec, objectsOf(client.listAll(spec.listPath(), spec.listQuery())))));
            }
            Map<RefTarget, Future<List<ObjectNode>>> targets = new EnumMap<>(RefTarget.class);
            for (RefTarget target : RefTarget.values()) {
                // Scope mappings are listed whenever a proxy provider is declared: its property_mappings
                // are compared declared or not (undeclared means []), and the differ needs the table to
                // recognise the five mappings Authentik adds. Other tables whenever a declared value (a
                // name or a literal pk) points into them, declared kind or not; a declared kind's own
                // list doubles as its table.
                boolean declaredKind = dev.akconf.kinds.Kind.declaring(target).filter(kinds::contains).isPresent();
                boolean needed = target == RefTarget.SCOPE_MAPPING ? declares(desired, target) || kinds.contains(Kind.PROXY_PROVIDER)
                        : !names.get(target).isEmpty();
                if (target != RefTarget.PROVIDER && !declaredKind && needed) {
                    Map<String, List<String>> query = dev.akconf.kinds.Kind.declaring(target).map(k -> k.spec().listQuery()).orElse(Map.of());
                    targets.put(target, reads.start(() -> objectsOf(client.listAll(target.listPath(), query))));
                }
            }
            Future<JsonNode> settings = kinds.contains(Kind.OUTPOST)
                    ? reads.start(() -> client.get("/outposts/instances/default_settings/")) : null;

            // Who answered first: a rejected token or a non-superuser stops here, before any list result.
            ServerFacts facts = server.await();
            // Taken in the order a one-at-a-time reader would have read them, so is the first failure.
            Map<Kind, List<ObjectNode>> objects = new EnumMap<>(Kind.class);
            for (Kind kind : kinds) {
                objects.put(kind, ParallelReads.await(lists.get(kind)));
            }
            RefIndex refs = new RefIndex();
            // A declared kind's list is also the table for references to it (providers, groups, ...).
            for (RefTarget target : RefTarget.values()) {
                dev.akconf.kinds.Kind.declaring(target).filter(objects::containsKey).ifPresent(k -> refs.add(target, objects.get(k)));
            }
            Set<String> declaredProviders = new HashSet<>();
            desired.stream().filter(r -> r.kind() == Kind.PROXY_PROVIDER).forEach(r -> declaredProviders.add(r.key().identity()));
            for (RefTarget target : RefTarget.values()) {
                if (target == RefTarget.PROVIDER) {
                    // Only list every provider when a name is neither declared nor a live proxy provider.
                    List<String> providers = names.get(target);
                    providers.removeIf(n -> declaredProviders.contains(n) || refs.find(RefTarget.PROVIDER, n).isPresent());
                    if (!providers.isEmpty()) {
                        refs.add(target, objectsOf(client.listAll(target.listPath(), Map.of())));
                    }
                } else if (targets.containsKey(target)) {
                    refs.add(target, ParallelReads.await(targets.get(target)));
                }
            }

            for (RefTarget target : UndeclaredRefTables.needed(desired, objects, refs)) {
                Map<String, List<String>> query = dev.akconf.kinds.Kind.declaring(target).map(k -> k.spec().listQuery()).orElse(Map.of());
                refs.add(target, objectsOf(client.listAll(target.listPath(), query)));
            }

            ObjectNode defaults = JsonNodeFactory.instance.objectNode();
            if (settings != null) {
                JsonNode answer = ParallelReads.await(settings);
                if (answer.path("config").isObject()) {
                    defaults = (ObjectNode) answer.get("config");
                }
            }
            return new LiveState(client.apiBaseUrl(), facts.version(), objects, refs, defaults);
        }
    }

    /** Whether any resource declares a field that references {@code target}. */
    private static boolean declares(List<Resource> desired, RefTarget target) {
        return desired.stream().anyMatch(r -> r.kind().spec().refs().entrySet().stream()
                .anyMatch(e -> e.getValue().target() == target && DeclaredRefs.value(r, e.getKey()).isPresent()));
    }

    /**
     * The values written for references to {@code target}, whatever the field, names and literal pks
     * alike (a binding's {@code group:} and {@code target:} included).
     */
    private static List<String> referencedNames(List<Resource> desired, RefTarget target) {
        List<String> names = new ArrayList<>();
        for (Resource r : desired) {
            for (Map.Entry<String, RefField> e : r.kind().spec().refs().entrySet()) {
                if (e.getValue().target() != target) {
                    continue;
                }
                DeclaredRefs.value(r, e.getKey()).ifPresent(v -> {
                    if (v.isArray()) {
                        v.forEach(item -> addName(item, names));
                    } else {
                        addName(v, names);
                    }
                });
            }
        }
        return names;
    }

    private static void addName(JsonNode v, List<String> names) {
        if (v.isString() || v.isIntegralNumber()) {
            names.add(v.asString());
        }
    }

    private static List<ObjectNode> objectsOf(List<JsonNode> nodes) {
        List<ObjectNode> out = new ArrayList<>(nodes.size());
        for (JsonNode n : nodes) {
            if (n instanceof ObjectNode o) {
                out.add(o);
            }
        }
        return out;
    }
}
