package dev.akconf.config;

import dev.akconf.diag.Diagnostics;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.ResourceKey;
import dev.akconf.model.State;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Checks that need every document at once: duplicate resources, provider references, and the
 * one-application-per-provider rule Authentik enforces with a database constraint.
 */
final class CrossChecks {

    static final String EMBEDDED_OUTPOST = "authentik Embedded Outpost";

    /**
     * @param claimed every kind and identity some document declares, including documents that are
     *                invalid (already reported), so references to them do not also warn
     */
    void check(List<Resource> resources, java.util.Set<ResourceKey> claimed, Diagnostics diags) {
        duplicates(resources, diags);
        references(resources, claimed, diags);
        groupCycles(resources, diags);
    }

    /** A group that is its own ancestor can be created in no order, and Authentik's permission checks would loop. */
    private static void groupCycles(List<Resource> resources, Diagnostics diags) {
        Map<String, List<String>> parents = new HashMap<>();
        Map<String, Resource> groups = new HashMap<>();
        for (Resource r : resources) {
            if (r.kind() == Kind.GROUP && r.state() == State.PRESENT) {
                List<String> names = new java.util.ArrayList<>();
                r.spec().path("parents").forEach(p -> names.add(p.asString()));
                parents.put(r.key().identity(), names);
                groups.put(r.key().identity(), r);
            }
        }
        for (Map.Entry<String, Resource> g : groups.entrySet()) {
            List<String> path = cycle(g.getKey(), g.getKey(), parents, new java.util.ArrayList<>(), new java.util.HashSet<>());
            if (path != null) {
                diags.error(g.getValue().specOrigin("/parents"), "group \"" + g.getKey() + "\" is its own ancestor: "
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

    private static void references(List<Resource> resources, java.util.Set<ResourceKey> claimed, Diagnostics diags) {
        Map<String, Resource> providers = new HashMap<>();
        resources.stream().filter(r -> r.kind() == Kind.PROXY_PROVIDER).forEach(r -> providers.put(r.key().identity(), r));
        Map<String, Resource> applicationOfProvider = new HashMap<>();
        for (Resource r : resources) {
            if (r.state() == State.ABSENT) {
                if (r.kind() == Kind.OUTPOST && r.key().identity().equals(EMBEDDED_OUTPOST)) {
                    diags.error(identityOrigin(r), "the embedded outpost cannot be deleted: Authentik recreates it at every start");
                }
                continue;
            }
            switch (r.kind()) {
                case APPLICATION -> {
                    JsonNode provider = r.spec().get("provider");
                    if (provider != null && provider.isString()) {
                        providerRef(r, "/provider", provider.asString(), providers, claimed, diags);
                        Resource other = applicationOfProvider.putIfAbsent(provider.asString(), r);
                        if (other != null) {
                            diags.error(r.specOrigin("/provider"), "provider \"" + provider.asString() + "\" is already the provider of "
                                    + other.key() + " (Authentik allows one application per provider; use backchannel_providers)");
                        }
                    }
                    eachString(r, "backchannel_providers", providers, claimed, diags);
                }
                case OUTPOST -> eachString(r, "providers", providers, claimed, diags);
                default -> { }
            }
        }
    }

    private static void eachString(Resource r, String field, Map<String, Resource> providers,
                                   java.util.Set<ResourceKey> claimed, Diagnostics diags) {
        JsonNode list = r.spec().path(field);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).isString()) {
                providerRef(r, "/" + field + "/" + i, list.get(i).asString(), providers, claimed, diags);
            }
        }
    }

    private static void providerRef(Resource r, String pointer, String name, Map<String, Resource> providers,
                                    java.util.Set<ResourceKey> claimed, Diagnostics diags) {
        Resource target = providers.get(name);
        if (target == null && !claimed.contains(new ResourceKey(Kind.PROXY_PROVIDER, name))) {
            diags.warning(r.specOrigin(pointer), "provider \"" + name + "\" is not declared in this configuration; plan will look it up in Authentik");
        } else if (target != null && target.state() == State.ABSENT) {
            diags.error(r.specOrigin(pointer), "provider \"" + name + "\" is declared state: absent at " + target.origin()
                    + " but still referenced here");
        }
    }

    static dev.akconf.model.Origin identityOrigin(Resource r) {
        return r.document().source().value(dev.akconf.kinds.Identities.pointer(r.kind()));
    }
}
