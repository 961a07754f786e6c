package dev.akconf.config;

import dev.akconf.kinds.Kind;
import dev.akconf.model.Origin;
import dev.akconf.kinds.ResourceKey;
import dev.akconf.model.State;
import tools.jackson.databind.node.ObjectNode;

/**
 * One declared resource, validated and with environment variables substituted.
 *
 * @param key      kind and natural key (provider/outpost name, application slug)
 * @param state    present or absent
 * @param id       the Authentik pk/uuid to adopt, or null to match by natural key
 * @param spec     the declared fields, Authentik's own field names; references still by name
 * @param document the YAML document it came from, for positions in later diagnostics
 * @param secrets  values taken from secret-looking environment variables, masked in every output:
 *                 document pointer (e.g. {@code /spec/x}) to the text before substitution
 * @param suppress guardrail rules this resource is exempt from, rule id to the stated reason
 * @param ignore   fields left to the UI ({@code akconf.io/ignore}): not compared, not written on update
 */
public record Resource(ResourceKey key, State state, String id, ObjectNode spec, YamlDocument document,
                       java.util.Map<String, String> secrets, java.util.Map<String, String> suppress,
                       java.util.List<FieldIgnore> ignore) {

    public Resource {
        secrets = java.util.Map.copyOf(secrets);
        suppress = java.util.Map.copyOf(suppress);
        ignore = java.util.List.copyOf(ignore);
    }

    public Resource(ResourceKey key, State state, String id, ObjectNode spec, YamlDocument document,
                    java.util.Map<String, String> secrets, java.util.Map<String, String> suppress) {
        this(key, state, id, spec, document, secrets, suppress, java.util.List.of());
    }

    /** The {@code akconf.io/ignore} entry covering a change at {@code specPointer}, if any. */
    public java.util.Optional<FieldIgnore> ignoring(String specPointer) {
        return ignore.stream().filter(i -> i.covers(specPointer)).findFirst();
    }

    /** Whether the spec field at {@code specPointer} (e.g. {@code /cookie_domain}) holds or contains a secret. */
    public boolean isSecret(String specPointer) {
        String full = "/spec" + specPointer;
        String identityField = key.kind().identityField();
        if (identityField != null && specPointer.equals("/" + identityField) && secrets.containsKey(specPointer)) {
            return true; // the identity stands beside spec in YAML, first in the API body
        }
        return secrets.keySet().stream().anyMatch(s -> s.equals(full) || s.startsWith(full + "/") || full.startsWith(s + "/"));
    }

    /** Spec pointer (e.g. {@code /meta_launch_url}) to the secret value's text before substitution. */
    public java.util.Map<String, String> secretTemplates() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        secrets.forEach((pointer, template) -> {
            if (pointer.startsWith("/spec/")) {
                out.put(pointer.substring("/spec".length()), template);
            }
        });
        // The identity beside spec is the desired body's first field (Resolver): a secret there too.
        String identityField = key.kind().identityField();
        if (identityField != null && secrets.containsKey("/" + identityField)) {
            out.put("/" + identityField, secrets.get("/" + identityField));
        }
        return out;
    }

    public Kind kind() {
        return key.kind();
    }

    public Origin origin() {
        return document.start();
    }

    /** Where the value at {@code /spec/...} pointer {@code specPointer} stands, for diagnostics. */
    public Origin specOrigin(String specPointer) {
        return document.source().value("/spec" + specPointer);
    }
}
