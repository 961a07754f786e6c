package dev.akconf.config;

import dev.akconf.model.Kind;
import dev.akconf.model.Origin;
import dev.akconf.model.ResourceKey;
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
 * @param secrets  JSON pointers (document-relative, e.g. {@code /spec/x}) of values taken from
 *                 secret-looking environment variables: masked in every output
 */
public record Resource(ResourceKey key, State state, String id, ObjectNode spec, YamlDocument document,
                       java.util.Set<String> secrets) {

    public Resource {
        secrets = java.util.Set.copyOf(secrets);
    }

    /** Whether the spec field at {@code specPointer} (e.g. {@code /cookie_domain}) holds a secret. */
    public boolean isSecret(String specPointer) {
        String full = "/spec" + specPointer;
        return secrets.stream().anyMatch(s -> s.equals(full) || s.startsWith(full + "/") || full.startsWith(s + "/"));
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
