package dev.akconf.plan;

import dev.akconf.diff.Paired;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.KindAdapter;
import dev.akconf.live.LiveState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * What Authentik holds beyond the configuration, in the kinds it declares: reported, never changed.
 * Only the parts of Authentik the declarations claim ({@code KindAdapter.unmanagedScope}): Authentik's
 * own scope mappings are never listed, and bindings only on the targets the configuration declares
 * bindings for (bindings elsewhere, on flows or other applications, are not akconf's business).
 */
final class Unmanageds {

    private Unmanageds() {
    }

    static List<Unmanaged> of(LiveState live, List<Paired> pairs) {
        Set<ObjectNode> paired = Collections.newSetFromMap(new IdentityHashMap<>());
        pairs.forEach(p -> p.live().ifPresent(paired::add));
        Map<Kind, Set<String>> scopes = new EnumMap<>(Kind.class);
        for (Paired p : pairs) {
            Kind kind = p.resource().kind();
            String scope = kind.adapter().unmanagedScope(p.resolved());
            Set<String> claimed = scopes.computeIfAbsent(kind, k -> new HashSet<>());
            if (scope != null) {
                claimed.add(scope);
            }
        }
        List<Unmanaged> out = new ArrayList<>();
        for (Map.Entry<Kind, Set<String>> e : scopes.entrySet()) {
            Kind kind = e.getKey();
            KindAdapter adapter = kind.adapter();
            int first = out.size();
            for (ObjectNode o : live.of(kind)) {
                String scope = adapter.unmanagedScope(o);
                if (paired.contains(o) || scope == null || !e.getValue().contains(scope)) {
                    continue;
                }
                out.add(new Unmanaged(kind, adapter.displayName(o, live.refs()), o.path("pk").asString()));
            }
            // Sorted by what is printed: the server's order is another field's (applications come
            // ordered by display name, ApplicationViewSet.ordering in authentik/core/api/applications.py,
            // but are shown by slug).
            out.subList(first, out.size()).sort(java.util.Comparator.comparing(Unmanaged::name).thenComparing(Unmanaged::id));
        }
        return out;
    }
}
