package dev.akconf.sim;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /policies/all/} (list, retrieve and delete; seedable): PolicyViewSet
 * (authentik/policies/api/policies.py), keyed by {@code policy_uuid}, ordered by name. Its
 * filterset has only {@code bindings__isnull} and {@code promptstage__isnull}; {@code name} is not a
 * filter there (DRF ignores it, as the server does): find a policy by name with {@code search} or
 * client-side.
 */
final class Policies extends Collection {

    /** PolicySerializer's fields; the subclass serializer's own fields (an expression) follow. */
    private static final List<String> FIELDS = List.of("pk", "name", "execution_logging", "component", "verbose_name",
            "verbose_name_plural", "meta_model_name");

    Policies() {
        super("/policies/all/", "Policy");
    }

    @Override
    List<ObjectNode> all(Tables t) {
        return sorted(t.policies.values(), byFields("name"));
    }

    @Override
    Optional<ObjectNode> find(Tables t, String key) {
        return Optional.ofNullable(t.policies.get(uuidKey(key)));
    }

    @Override
    ObjectNode render(Tables t, Links links, ObjectNode stored) {
        return view(links, stored);
    }

    /**
     * PolicySerializer.to_representation resolves the subclass: an expression policy is shown by
     * ExpressionPolicySerializer, i.e. the Policy fields, bound_to, then {@code expression}.
     */
    static ObjectNode view(Links links, ObjectNode s) {
        ObjectNode out = Json.object();
        FIELDS.forEach(f -> Json.copy(s, out, f));
        out.put("bound_to", links.bindingCount(Json.text(s, "pk")));
        s.properties().forEach(e -> {
            if (!out.has(e.getKey())) {
                out.set(e.getKey(), e.getValue().deepCopy());
            }
        });
        return out;
    }

    @Override
    Predicate<ObjectNode> filter(Tables t, Links links, Query q) {
        return Filters.search(q, List.of(Filters.field("name")))
                .and(Filters.bool(q, "bindings__isnull", o -> links.bindingCount(Json.text(o, "pk")) == 0))
                // No prompt stage exists in the simulator.
                .and(Filters.bool(q, "promptstage__isnull", o -> true));
    }

    @Override
    Set<String> itemMethods() {
        return Set.of("GET", "DELETE");
    }

    @Override
    void delete(Tables t, ObjectNode stored) {
        Deletes.policy(t, stored);
    }
}
