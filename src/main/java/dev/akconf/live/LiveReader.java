package dev.akconf.live;

import dev.akconf.authentik.AuthentikClient;
import dev.akconf.config.Resource;
import dev.akconf.model.Kind;
import dev.akconf.model.KindSpec;
import dev.akconf.model.KindSpecs;
import dev.akconf.model.RefField;
import dev.akconf.model.RefTarget;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the live state a plan needs with list requests only: one list per declared kind, one per
 * reference target actually used, never one GET per object. Read-only: it only sends GETs.
 */
public final class LiveReader {

    private final AuthentikClient client;

    public LiveReader(AuthentikClient client) {
        this.client = client;
    }

    public LiveState read(List<Resource> desired) {
        String version = client.serverVersion();
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        desired.forEach(r -> kinds.add(r.kind()));

        Map<Kind, List<ObjectNode>> objects = new EnumMap<>(Kind.class);
        for (Kind kind : kinds) {
            KindSpec spec = KindSpecs.of(kind);
            objects.put(kind, objectsOf(client.listAll(spec.listPath(), spec.listQuery())));
        }

        RefIndex refs = new RefIndex();
        // Proxy providers are the usual reference target; their list is already here when declared.
        if (objects.containsKey(Kind.PROXY_PROVIDER)) {
            refs.add(RefTarget.PROVIDER, objects.get(Kind.PROXY_PROVIDER));
        }
        Set<String> declaredProviders = new HashSet<>();
        desired.stream().filter(r -> r.kind() == Kind.PROXY_PROVIDER).forEach(r -> declaredProviders.add(r.key().identity()));
        for (RefTarget target : RefTarget.values()) {
            List<String> names = referencedNames(desired, target);
            if (target == RefTarget.PROVIDER) {
                // Only list every provider when a name is neither declared nor a live proxy provider.
                names.removeIf(n -> declaredProviders.contains(n) || refs.find(RefTarget.PROVIDER, n).isPresent());
            }
            if (!names.isEmpty()) {
                refs.add(target, objectsOf(client.listAll(target.listPath(), Map.of())));
            }
        }

        ObjectNode defaults = JsonNodeFactory.instance.objectNode();
        if (kinds.contains(Kind.OUTPOST)) {
            JsonNode settings = client.get("/outposts/instances/default_settings/");
            if (settings.path("config").isObject()) {
                defaults = (ObjectNode) settings.get("config");
            }
        }
        return new LiveState(client.apiBaseUrl(), version, objects, refs, defaults);
    }

    /** The values written for references to {@code target}, whatever the field. */
    private static List<String> referencedNames(List<Resource> desired, RefTarget target) {
        List<String> names = new ArrayList<>();
        for (Resource r : desired) {
            for (Map.Entry<String, RefField> e : KindSpecs.of(r.kind()).refs().entrySet()) {
                if (e.getValue().target() != target) {
                    continue;
                }
                JsonNode v = r.spec().get(e.getKey());
                if (v == null) {
                    continue;
                }
                if (v.isArray()) {
                    v.forEach(item -> addName(item, names));
                } else {
                    addName(v, names);
                }
            }
        }
        return names;
    }

    private static void addName(JsonNode v, List<String> names) {
        if (v.isString()) {
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
