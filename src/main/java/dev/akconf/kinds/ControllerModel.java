package dev.akconf.kinds;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What the guardrails (AK001 to AK004) read of a kind whose objects Authentik's outpost controller
 * deploys, so {@code rules/} asks the adapter rather than name the kind: where the object keeps its
 * type, service connection, config and Kubernetes patches, which reference field names the objects
 * whose session lifetime its session store holds, and how the managed embedded one is known (it
 * runs inside the server: no Deployment, sessions in PostgreSQL).
 *
 * @param typeField       the outpost type's field ({@code proxy}, {@code ldap}, ...)
 * @param defaultType     the type of an object that does not say
 * @param connectionField the service connection's field (null: none, so nothing deploys it)
 * @param configField     the config mapping's field
 * @param patchesKey      the config key holding the controller's JSON patches, per component
 * @param servesField     the reference field naming the objects it serves
 * @param managedField    the live field holding Authentik's managed marker
 * @param embeddedMarker  the marker of the embedded one
 * @param embeddedName    the embedded one's name, what a configuration (offline) knows it by
 */
public record ControllerModel(String typeField, String defaultType, String connectionField, String configField,
                              String patchesKey, String servesField, String managedField, String embeddedMarker,
                              String embeddedName) {

    /** The spec pointer of the patches, e.g. {@code /config/kubernetes_json_patches}. */
    public String patchesPointer() {
        return "/" + configField + "/" + patchesKey;
    }

    /** Whether a declared identity names the embedded one (as pairing finds it offline: by name). */
    public boolean embeddedByName(String identity) {
        return embeddedName.equals(identity);
    }

    /** Whether a live object carries the embedded one's managed marker. */
    public boolean embeddedByMarker(JsonNode object) {
        return embeddedMarker.equals(object.path(managedField).asString(null));
    }

    /** The config mapping of a spec or live object; an empty one when it has none. */
    public JsonNode config(JsonNode specOrObject) {
        JsonNode c = specOrObject.path(configField);
        return c.isObject() ? c : JsonNodeFactory.instance.objectNode();
    }

    /** The type a spec or live object gives, else {@code fallback}. */
    public String type(JsonNode specOrObject, String fallback) {
        return specOrObject.path(typeField).asString(fallback);
    }
}
