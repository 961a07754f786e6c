package dev.akconf.kinds;

import static dev.akconf.model.FieldRule.byDefault;
import static dev.akconf.model.FieldRule.required;

import dev.akconf.model.FieldRule;
import dev.akconf.model.RefTarget;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code ScopeMapping}: {@code /propertymappings/provider/scope/} (authentik/providers/oauth2/api/scopes.py). */
public final class ScopeMappingAdapter extends GenericAdapter {

    ScopeMappingAdapter(Kind kind) {
        super(new KindSpec(kind,
                "/propertymappings/provider/scope/", Map.of(), "pk", "name", "name",
                List.of("name", "scope_name", "expression", "description"),
                Map.of(), Set.of(), Set.of(), Set.of()), table(), RefTarget.SCOPE_MAPPING);
    }

    /**
     * Authentik's own mappings ({@code managed} set) are rewritten by its system blueprints on every
     * upgrade (blueprints/system/providers-oauth2.yaml, providers-proxy.yaml; the marker is
     * authentik/blueprints/models.py ManagedModel): akconf only references them.
     */
    private static boolean authentiksOwn(JsonNode live) {
        return live.hasNonNull("managed");
    }

    @Override
    public List<KindProblem> planProblems(ResourceKey key, Optional<ObjectNode> match) {
        if (match.isPresent() && authentiksOwn(match.get())) {
            return List.of(new KindProblem("/name", "scope mapping \"" + key.shown() + "\" is Authentik's own (managed: "
                    + match.get().get("managed").asString() + "): reference it from property_mappings, do not declare it"));
        }
        return List.of();
    }

    /** Authentik's own mappings are never unmanaged: they are Authentik's. */
    @Override
    public String unmanagedScope(JsonNode body) {
        return authentiksOwn(body) ? null : "";
    }

    // authentik/providers/oauth2/models.py ScopeMapping; expression from authentik/core/models.py PropertyMapping.
    private static List<FieldRule> table() {
        return List.of(
                required("scope_name"),
                required("expression"),
                byDefault("description", Values.EMPTY));
    }
}
