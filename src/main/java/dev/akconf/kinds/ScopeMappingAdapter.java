package dev.akconf.kinds;

import tools.jackson.databind.node.ObjectNode;
import static dev.akconf.model.FieldRule.byDefault;
import static dev.akconf.model.FieldRule.required;

import dev.akconf.model.FieldRule;
import dev.akconf.model.RefTarget;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code ScopeMapping}: {@code /propertymappings/provider/scope/} (authentik/providers/oauth2/api/scopes.py). */
public final class ScopeMappingAdapter extends GenericAdapter {

    ScopeMappingAdapter(Kind kind) {
        super(new KindSpec(kind,
                "/propertymappings/provider/scope/", Map.of(), "pk", "name", "name",
                List.of("name", "scope_name", "expression", "description"),
                Map.of(), Set.of(), Set.of(), Set.of()), table(), RefTarget.SCOPE_MAPPING);
    }

    // authentik/providers/oauth2/models.py ScopeMapping; expression from authentik/core/models.py PropertyMapping.
    private static List<FieldRule> table() {
        return List.of(
                required("scope_name"),
                required("expression"),
                byDefault("description", Values.EMPTY));
    }

    /**
     * Authentik's own mappings carry a managed id (authentik/blueprints/models.py ManagedModel; created
     * by blueprints/system/providers-oauth2.yaml and providers-proxy.yaml, overwritten on upgrades):
     * they are referenced by that id, never declared, so import and the unmanaged list leave them out.
     */
    @Override
    public boolean declarable(ObjectNode object) {
        return !object.hasNonNull("managed");
    }
}
