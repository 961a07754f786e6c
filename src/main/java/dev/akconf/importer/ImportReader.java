package dev.akconf.importer;

import dev.akconf.authentik.AuthentikClient;
import dev.akconf.authentik.AuthentikException;
import dev.akconf.live.LiveState;
import dev.akconf.live.ParallelReads;
import dev.akconf.live.ServerCheck;
import dev.akconf.live.ServerFacts;
import dev.akconf.live.LiveIndex;
import dev.akconf.kinds.KeyedField;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.KindSpec;
import dev.akconf.model.RefField;
import dev.akconf.model.RefTarget;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads what an import needs with list requests only: one list per imported kind (at once, with the
 * version and the token's user), then one per reference table the selected objects actually point
 * into. Read-only: it only sends GETs.
 */
public final class ImportReader {

    private final AuthentikClient client;
    private final Consumer<String> warn;

    public ImportReader(AuthentikClient client, Consumer<String> warn) {
        this.client = client;
        this.warn = warn;
    }

    /**
     * The live objects of {@code kinds} (server order) and the tables to name their references.
     *
     * @param name only the objects with this name or slug; null for all
     */
    public LiveState read(Set<Kind> kinds, String name) {
        Map<Kind, List<ObjectNode>> objects = new EnumMap<>(Kind.class);
        Map<Kind, List<ObjectNode>> everything = new EnumMap<>(Kind.class);
        ServerFacts facts;
        // The kinds' lists at once, with the version and the token's user (see ServerCheck): a
        // non-superuser's token is refused before any list is used.
        try (ParallelReads reads = new ParallelReads()) {
            ServerCheck server = ServerCheck.start(reads, client);
            Map<Kind, Future<List<JsonNode>>> lists = new EnumMap<>(Kind.class);
            for (Kind kind : kinds) {
                KindSpec spec = kind.spec();
                lists.put(kind, reads.start(() -> client.listAll(spec.listPath(), spec.listQuery())));
            }
            facts = server.await();
            for (Kind kind : kinds) {
                KindSpec spec = kind.spec();
                List<ObjectNode> all = dev.akconf.live.AnswerTypes.checked(spec, dev.akconf.live.LiveReader.objectsOf(ParallelReads.await(lists.get(kind))));
                // Every one, selected or not (other objects may name them), but Authentik's own
                // (unmanagedScope null: its scope mappings, referenced by managed id, never declared).
                everything.put(kind, all.stream().filter(o -> kind.adapter().unmanagedScope(o) != null).toList());
            }
        }
        String version = facts.version();
        LiveIndex refs = new LiveIndex();
        for (RefTarget target : RefTarget.values()) {
            dev.akconf.kinds.Kind.declaring(target).filter(everything::containsKey).ifPresent(k -> refs.add(target, everything.get(k)));
        }
        for (Kind kind : kinds) {
            List<ObjectNode> all = everything.get(kind);
            Optional<String> scope = kind.adapter().scopeField();
            List<ObjectNode> inScope = scope.isPresent() ? scoped(kind, scope.get(), all, refs) : all;
            objects.put(kind, inScope.stream().filter(o -> name == null || name.equals(kind.adapter().displayName(o, refs))).toList());
        }
        embedded(objects, refs);
        for (RefTarget target : needed(objects, refs)) {
            refs.add(target, table(target));
        }
        Map<String, JsonNode> answers = new java.util.HashMap<>();
        for (Kind kind : kinds) {
            for (KeyedField keyed : kind.adapter().keyedFields().values()) {
                if (keyed.defaultsRead() != null && !answers.containsKey(keyed.defaultsRead())) {
                    answers.put(keyed.defaultsRead(), client.get(keyed.defaultsRead()));
                }
            }
        }
        return new LiveState(client.apiBaseUrl(), version, objects, refs, answers);
    }

    /**
     * The objects whose scope field points into its target's table ({@code KindAdapter.scopeField}:
     * bindings on applications only, as flows and stages have bindings too, which akconf does not
     * manage). Targets are named from that table, so it is read when not already here.
     */
    private List<ObjectNode> scoped(Kind kind, String field, List<ObjectNode> objects, LiveIndex refs) {
        RefTarget target = kind.spec().refs().get(field).target();
        if (!refs.isLoaded(target)) {
            refs.add(target, dev.akconf.live.LiveReader.table(client, target));
        }
        return objects.stream().filter(o -> refs.displayName(target, o.get(field)).isPresent()).toList();
    }

    /**
     * Authentik embeds the objects some references point at ({@code provider_obj}, {@code providers_obj},
     * {@code service_connection_obj}, each with pk and name): indexing them spares a list request.
     */
    private static void embedded(Map<Kind, List<ObjectNode>> objects, LiveIndex refs) {
        Map<RefTarget, List<ObjectNode>> found = new EnumMap<>(RefTarget.class);
        objects.forEach((kind, list) -> kind.spec().refs().forEach((field, ref) -> {
            for (ObjectNode o : list) {
                for (JsonNode e : values(o.get(field + "_obj"))) {
                    if (e instanceof ObjectNode target && target.has("pk") && target.path("name").isString()) {
                        found.computeIfAbsent(ref.target(), t -> new ArrayList<>()).add(target);
                    }
                }
            }
        }));
        found.forEach(refs::add);
    }

    /** Reference tables some selected object points into and that are not indexed yet. */
    private static Set<RefTarget> needed(Map<Kind, List<ObjectNode>> objects, LiveIndex refs) {
        Set<RefTarget> out = EnumSet.noneOf(RefTarget.class);
        objects.forEach((kind, list) -> {
            for (Map.Entry<String, RefField> e : kind.spec().refs().entrySet()) {
                for (ObjectNode o : list) {
                    for (JsonNode pk : values(o.get(e.getKey()))) {
                        if (refs.displayName(e.getValue().target(), pk).isEmpty()) {
                            out.add(e.getValue().target());
                        }
                    }
                }
            }
        });
        return out;
    }

    private static List<JsonNode> values(JsonNode v) {
        List<JsonNode> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.forEach(out::add);
        } else if (v != null && !v.isNull() && !v.isMissingNode()) {
            out.add(v);
        }
        return out;
    }

    /**
     * One reference table. A table this Authentik does not serve (404) leaves its references
     * unnamed, and the fields holding them are left out with a warning, rather than failing the import.
     */
    private List<ObjectNode> table(RefTarget target) {
        try {
            return dev.akconf.live.LiveReader.table(client, target);
        } catch (AuthentikException e) {
            if (!e.isNotFound()) {
                throw e;
            }
            warn.accept("GET " + target.listPath() + " answered 404: " + target.noun() + " references cannot be named");
            return List.of();
        }
    }
}
