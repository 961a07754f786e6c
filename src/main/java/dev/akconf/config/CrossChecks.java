package dev.akconf.config;

import dev.akconf.diag.Diagnostics;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.KindAdapter;
import dev.akconf.kinds.ResourceKey;
import dev.akconf.model.RefField;
import dev.akconf.model.State;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Checks that need every document at once: duplicate resources, the references a kind expects
 * declared (provider references), the one-application-per-provider rule Authentik enforces with a
 * database constraint, reference cycles within a kind, and what cannot be deleted: each kind's part
 * is its adapter's answer.
 */
final class CrossChecks {

    /**
     * @param claimed every kind and identity some document declares, including documents that are
     *                invalid (already reported), so references to them do not also warn
     */
    void check(List<Resource> resources, java.util.Set<ResourceKey> claimed, Diagnostics diags) {
        duplicates(resources, diags);
        references(resources, claimed, diags);
        ancestryCycles(resources, diags);
    }

    /**
     * An object that is its own ancestor, through its kind's parent fields (a group's parents),
     * can be created in no order, and Authentik's permission checks would loop.
     */
    private static void ancestryCycles(List<Resource> resources, Diagnostics diags) {
        for (Kind kind : Kind.values()) {
            for (String field : kind.adapter().parentFields()) {
                cycles(resources, kind, field, kind.spec().refs().get(field).target().noun(), diags);
            }
        }
    }

    private static void cycles(List<Resource> resources, Kind kind, String field, String noun, Diagnostics diags) {
        Map<String, List<String>> parents = new HashMap<>();
        Map<String, Resource> groups = new HashMap<>();
        for (Resource r : resources) {
            if (r.kind() == kind && r.state() == State.PRESENT) {
                List<String> names = new java.util.ArrayList<>();
                r.spec().path(field).forEach(p -> names.add(p.asString()));
                parents.put(r.key().identity(), names);
                groups.put(r.key().identity(), r);
            }
        }
        for (Map.Entry<String, Resource> g : groups.entrySet()) {
            List<String> path = cycle(g.getKey(), g.getKey(), parents, new java.util.ArrayList<>(), new java.util.HashSet<>());
            if (path != null) {
                diags.error(g.getValue().specOrigin("/" + field), noun + " \"" + g.getKey() + "\" is its own ancestor: "
                        + String.join(" -> ", path));
            }
        }
    }

    private static List<String> cycle(String start, String at, Map<String, List<String>> parents, List<String> path,
                                      java.util.Set<String> seen) {
        path.add(at);
        for (String p : parents.getOrDefault(at, List.of())) {
            if (p.equals(start)) {
                path.add(p);
                return path;
            }
            if (seen.add(p)) {
                List<String> found = cycle(start, p, parents, path, seen);
                if (found != null) {
                    return found;
                }
            }
        }
        path.remove(path.size() - 1);
        return null;
    }

    private static void duplicates(List<Resource> resources, Diagnostics diags) {
        Map<ResourceKey, Resource> byKey = new HashMap<>();
        Map<String, Resource> byId = new HashMap<>();
        for (Resource r : resources) {
            Resource first = byKey.putIfAbsent(r.key(), r);
            if (first != null) {
                diags.error(identityOrigin(r), "duplicate " + r.key() + ": also declared at " + identityOrigin(first));
            }
            if (r.id() != null) {
                Resource sameId = byId.putIfAbsent(r.kind().label() + "/" + r.id(), r);
                if (sameId != null && first == null) {
                    diags.error(r.document().source().value("/id"), r.kind().label() + " id " + r.id()
                            + " is also declared by " + sameId.key() + " at " + sameId.document().source().value("/id"));
                }
            }
        }
    }

    /**
     * The references a kind expects the configuration to declare ({@code KindAdapter.declaredRefs}),
     * and the ones at most one object may hold ({@code exclusiveRefs}); a resource that cannot be
     * deleted ({@code undeletable}) declared absent.
     */
    private static void references(List<Resource> resources, java.util.Set<ResourceKey> claimed, Diagnostics diags) {
        Map<ResourceKey, Resource> declared = new HashMap<>();
        resources.forEach(r -> declared.put(r.key(), r));
        Map<String, Resource> exclusive = new HashMap<>();
        for (Resource r : resources) {
            KindAdapter adapter = r.kind().adapter();
            if (r.state() == State.ABSENT) {
                adapter.undeletable(r.key().identity()).ifPresent(why -> diags.error(identityOrigin(r), why));
                continue;
            }
            for (String field : r.kind().spec().writable()) {
                RefField ref = r.kind().spec().refs().get(field);
                Optional<Kind> target = ref == null ? Optional.empty() : Kind.declaring(ref.target());
                if (target.isEmpty() || !adapter.declaredRefs().contains(field)) {
                    continue;
                }
                JsonNode value = r.spec().path(field);
                if (value.isString()) {
                    ref(r, "/" + field, value.asString(), target.get(), ref, declared, claimed, diags);
                    String instead = adapter.exclusiveRefs().get(field);
                    Resource other = instead == null ? null
                            : exclusive.putIfAbsent(r.kind().label() + "/" + field + "/" + value.asString(), r);
                    if (other != null) {
                        diags.error(r.specOrigin("/" + field), ref.target().noun() + " \"" + value.asString() + "\" is already the "
                                + field + " of " + other.key() + " (" + instead + ")");
                    }
                }
                for (int i = 0; value.isArray() && i < value.size(); i++) {
                    if (value.get(i).isString()) {
                        ref(r, "/" + field + "/" + i, value.get(i).asString(), target.get(), ref, declared, claimed, diags);
                    }
                }
            }
        }
    }

    private static void ref(Resource r, String pointer, String name, Kind kind, RefField ref, Map<ResourceKey, Resource> declared,
                            java.util.Set<ResourceKey> claimed, Diagnostics diags) {
        ResourceKey key = new ResourceKey(kind, name);
        Resource target = declared.get(key);
        String noun = ref.target().noun();
        if (target == null && !claimed.contains(key)) {
            diags.warning(r.specOrigin(pointer), noun + " \"" + name + "\" is not declared in this configuration; plan will look it up in Authentik");
        } else if (target != null && target.state() == State.ABSENT) {
            diags.error(r.specOrigin(pointer), noun + " \"" + name + "\" is declared state: absent at " + target.origin()
                    + " but still referenced here");
        }
    }

    static dev.akconf.model.Origin identityOrigin(Resource r) {
        return r.document().source().value(dev.akconf.kinds.Identities.pointer(r.kind()));
    }
}
