package dev.akconf.plan;

import dev.akconf.config.Resource;
import dev.akconf.live.BindingNames;
import dev.akconf.live.LiveState;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.KindSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * What Authentik holds beyond the configuration, in the kinds it declares: reported, never changed.
 * Authentik's own scope mappings ({@code managed} set) are never listed, and bindings only on the
 * targets the configuration declares bindings for: bindings elsewhere (flows, other applications)
 * are not akconf's business.
 */
final class Unmanageds {

    private Unmanageds() {
    }

    static List<Unmanaged> of(LiveState live, List<Resource> declared, Map<Resource, Optional<ObjectNode>> matches,
                              Map<Resource, ObjectNode> resolved) {
        Set<ObjectNode> paired = Collections.newSetFromMap(new IdentityHashMap<>());
        matches.values().forEach(m -> m.ifPresent(paired::add));
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        Set<String> boundTargets = new HashSet<>();
        for (Resource r : declared) {
            kinds.add(r.kind());
            if (r.kind() == Kind.POLICY_BINDING) {
                boundTargets.add(resolved.get(r).path("target").asString(""));
            }
        }
        List<Unmanaged> out = new ArrayList<>();
        for (Kind kind : kinds) {
            KindSpec spec = kind.spec();
            int first = out.size();
            for (ObjectNode o : live.of(kind)) {
                if (paired.contains(o) || (kind == Kind.SCOPE_MAPPING && o.hasNonNull("managed"))
                        || (kind == Kind.POLICY_BINDING && !boundTargets.contains(o.path("target").asString()))) {
                    continue;
                }
                String name = kind == Kind.POLICY_BINDING ? BindingNames.identity(o, live.refs()) : o.path(spec.liveIdentity()).asString();
                out.add(new Unmanaged(kind, name, o.path("pk").asString()));
            }
            // Sorted by what is printed: the server's order is another field's (applications come
            // ordered by display name, ApplicationViewSet.ordering in authentik/core/api/applications.py,
            // but are shown by slug).
            out.subList(first, out.size()).sort(java.util.Comparator.comparing(Unmanaged::name).thenComparing(Unmanaged::id));
        }
        return out;
    }
}
