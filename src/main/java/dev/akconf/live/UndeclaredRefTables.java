package dev.akconf.live;

import dev.akconf.config.Resource;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.KindDefaults;
import dev.akconf.kinds.KindSpec;
import dev.akconf.model.RefField;
import dev.akconf.model.RefTarget;
import dev.akconf.model.State;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reference tables a plan needs only because of fields the configuration leaves out: a reference
 * field left out is compared with its default (none), and when Authentik holds a value anyway (a
 * certificate chosen in the UI) the plan names it, as it names declared values, rather than showing a
 * pk. Only tables not read already and only when a managed object holds such a value: usually none.
 */
final class UndeclaredRefTables {

    private UndeclaredRefTables() {
    }

    static Set<RefTarget> needed(List<Resource> desired, Map<Kind, List<ObjectNode>> objects, LiveIndex refs) {
        Set<RefTarget> out = EnumSet.noneOf(RefTarget.class);
        // One index per kind, built once: a scan of the live list per resource is O(N²) at N = 1,000s.
        Map<Kind, Map<String, List<ObjectNode>>> byIdentity = new EnumMap<>(Kind.class);
        for (Resource r : desired) {
            KindSpec spec = r.kind().spec();
            if (r.state() != State.PRESENT || spec.liveIdentity() == null) {
                continue; // a binding's references are its identity, always declared
            }
            Map<String, List<ObjectNode>> index = byIdentity.computeIfAbsent(r.kind(), k -> index(objects.getOrDefault(k, List.of()),
                    spec.liveIdentity()));
            for (ObjectNode o : index.getOrDefault(fold(r.key().identity()), List.of())) {
                for (Map.Entry<String, RefField> e : spec.refs().entrySet()) {
                    RefTarget target = e.getValue().target();
                    boolean compared = KindDefaults.rule(r.kind(), e.getKey()).map(f -> f.expected() != null).orElse(false);
                    if (compared && !r.spec().has(e.getKey()) && !refs.isLoaded(target) && holdsValue(o.get(e.getKey()))) {
                        out.add(target);
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, List<ObjectNode>> index(List<ObjectNode> live, String identityField) {
        Map<String, List<ObjectNode>> out = new HashMap<>();
        for (ObjectNode o : live) {
            out.computeIfAbsent(fold(o.path(identityField).asString()), k -> new ArrayList<>()).add(o);
        }
        return out;
    }

    /** The identity as equalsIgnoreCase compares it (per char, upper then lower case). */
    private static String fold(String s) {
        return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    private static boolean holdsValue(JsonNode v) {
        return v != null && !v.isNull() && !(v.isArray() && v.isEmpty());
    }
}
