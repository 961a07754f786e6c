package dev.akconf.live;

import dev.akconf.config.Resource;
import dev.akconf.model.Kind;
import dev.akconf.model.KindDefaults;
import dev.akconf.model.KindSpec;
import dev.akconf.model.KindSpecs;
import dev.akconf.model.RefField;
import dev.akconf.model.RefTarget;
import dev.akconf.model.State;
import java.util.EnumSet;
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

    static Set<RefTarget> needed(List<Resource> desired, Map<Kind, List<ObjectNode>> objects, RefIndex refs) {
        Set<RefTarget> out = EnumSet.noneOf(RefTarget.class);
        for (Resource r : desired) {
            KindSpec spec = KindSpecs.of(r.kind());
            if (r.state() != State.PRESENT || spec.liveIdentity() == null) {
                continue; // a binding's references are its identity, always declared
            }
            for (ObjectNode o : objects.getOrDefault(r.kind(), List.of())) {
                if (!o.path(spec.liveIdentity()).asString().equalsIgnoreCase(r.key().identity())) {
                    continue;
                }
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

    private static boolean holdsValue(JsonNode v) {
        return v != null && !v.isNull() && !(v.isArray() && v.isEmpty());
    }
}
