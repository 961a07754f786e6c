package dev.akconf.live;

import dev.akconf.authentik.AuthentikClient;
import dev.akconf.config.Resource;
import dev.akconf.kinds.KeyedField;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.KindSpec;
import dev.akconf.model.RefField;
import dev.akconf.model.RefTarget;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import tools.jackson.databind.JsonNode;
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
            Set<RefTarget> compared = EnumSet.noneOf(RefTarget.class);
            kinds.forEach(k -> compared.addAll(k.adapter().normalizerTables().keySet()));
            for (RefTarget target : RefTarget.values()) {
                // A table whenever a declared value (a name or a literal pk) points into it, declared
                // kind or not, or a declared kind's comparison reads it (the proxy provider's
                // property_mappings are compared declared or not, and its normalizer recognises the
                // mappings Authentik adds); a declared kind's own list doubles as its table, and a
                // table a declared kind lists only part of waits for that list (below).
                boolean declaredKind = Kind.declaring(target).filter(kinds::contains).isPresent();
                boolean needed = !names.get(target).isEmpty() || compared.contains(target);
                if (!declaredKind && needed) {
                    targets.put(target, reads.start(() -> table(client, target)));
                }
            }
            Map<String, Future<JsonNode>> extra = new LinkedHashMap<>();
            for (Kind kind : kinds) {
                for (KeyedField keyed : kind.adapter().keyedFields().values()) {
                    if (keyed.defaultsRead() != null && !extra.containsKey(keyed.defaultsRead())) {
                        extra.put(keyed.defaultsRead(), reads.start(() -> client.get(keyed.defaultsRead())));
                    }
                }
            }

            // Who answered first: a rejected token or a non-superuser stops here, before any list result.
            ServerFacts facts = server.await();
            // Taken in the order a one-at-a-time reader would have read them, so is the first failure.
            Map<Kind, List<ObjectNode>> objects = new EnumMap<>(Kind.class);
            for (Kind kind : kinds) {
                objects.put(kind, ParallelReads.await(lists.get(kind)));
            }
            LiveIndex refs = new LiveIndex();
            // A declared kind's list is also the table for references to it (providers, groups, ...).
            for (RefTarget target : RefTarget.values()) {
                Kind.declaring(target).filter(objects::containsKey).ifPresent(k -> refs.add(target, objects.get(k)));
            }
            for (RefTarget target : RefTarget.values()) {
                if (partly(target, objects.keySet())) {
                    // Only list the whole target when a name is neither declared nor in the kind's list.
                    Kind kind = Kind.declaring(target).orElseThrow();
                    Set<String> declaredNames = new HashSet<>();
                    desired.stream().filter(r -> r.kind() == kind).forEach(r -> declaredNames.add(r.key().identity()));
                    List<String> rest = names.get(target);
                    rest.removeIf(n -> declaredNames.contains(n) || refs.find(target, n).isPresent());
                    if (!rest.isEmpty()) {
                        refs.add(target, table(client, target));
                    }
                } else if (targets.containsKey(target)) {
                    refs.add(target, ParallelReads.await(targets.get(target)));
                }
            }

            for (RefTarget target : UndeclaredRefTables.needed(desired, objects, refs)) {
                refs.add(target, table(client, target));
            }

            Map<String, JsonNode> answers = new LinkedHashMap<>();
            extra.forEach((path, f) -> answers.put(path, ParallelReads.await(f)));
            return new LiveState(client.apiBaseUrl(), facts.version(), objects, refs, answers);
        }
    }

    /**
     * Whether the target's table waits for a declared kind's list that holds part of it: when that kind
     * is not declared the table is read with the others, at once.
     */
    private static boolean partly(RefTarget target, Set<Kind> declared) {
        return Kind.declaring(target).filter(declared::contains).map(k -> k.adapter().servesTargetPartly()).orElse(false);
    }

    /**
     * The live objects of {@code kinds}, one list each, all at once, with the reference tables
     * {@code tables} (each with its list query) at the same time, in one index: what apply re-reads
     * before writing and after. With {@code server} non-null, also reads the version and the token's
     * user with the lists ({@link ServerCheck}: a non-superuser is refused, exit 4) and hands the facts
     * to {@code server} before any list is used. A failure is the first a one-at-a-time read would meet.
     */
    public LiveIndex lists(Set<Kind> kinds, Map<RefTarget, Map<String, List<String>>> tables,
                           java.util.function.Consumer<ServerFacts> server) {
        try (ParallelReads reads = new ParallelReads()) {
            Map<RefTarget, Future<List<JsonNode>>> refLists = new EnumMap<>(RefTarget.class);
            tables.forEach((target, query) -> refLists.put(target, reads.start(() -> client.listAll(target.listPath(), query))));
            ServerCheck check = server == null ? null : ServerCheck.start(reads, client);
            Map<Kind, Future<List<ObjectNode>>> lists = new EnumMap<>(Kind.class);
            for (Kind kind : kinds) {
                KindSpec spec = kind.spec();
                lists.put(kind, reads.start(() -> objectsOf(AnswerTypes.checked(spec, client.listAll(spec.listPath(), spec.listQuery())))));
            }
            if (check != null) {
                server.accept(check.await());
            }
            Map<Kind, List<ObjectNode>> objects = new EnumMap<>(Kind.class);
            for (Kind kind : kinds) {
                objects.put(kind, ParallelReads.await(lists.get(kind)));
            }
            LiveIndex index = new LiveIndex();
            refLists.forEach((target, f) -> index.add(target, ParallelReads.await(f)));
            return index.withKinds(objects);
        }
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

    /**
     * A reference target's whole table, with the list query of the kind whose list it is when one is
     * (applications need {@code superuser_full_list}, or the list is the token user's policy-filtered one).
     */
    public static List<ObjectNode> table(AuthentikClient client, RefTarget target) {
        Map<String, List<String>> query = Kind.declaring(target).map(k -> k.spec().listQuery()).orElse(Map.of());
        return objectsOf(client.listAll(target.listPath(), query));
    }

    /** The objects of a list answer, in order; an item that is not an object cannot be one of the list's. */
    public static List<ObjectNode> objectsOf(List<JsonNode> nodes) {
        List<ObjectNode> out = new ArrayList<>(nodes.size());
        for (JsonNode n : nodes) {
            if (n instanceof ObjectNode o) {
                out.add(o);
            }
        }
        return out;
    }
}
