package dev.akconf.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of Authentik object akconf manages, with what the loader needs to know of each.
 * Declaration order is dependency order: a kind may only reference kinds declared before it
 * (a group's parents are the one reference within a kind; apply orders those itself).
 */
public enum Kind {
    SCOPE_MAPPING("ScopeMapping", "name", "scope-mapping.schema.json"),
    GROUP("Group", "name", "group.schema.json"),
    PROXY_PROVIDER("ProxyProvider", "name", "proxy-provider.schema.json"),
    APPLICATION("Application", "slug", "application.schema.json"),
    OUTPOST("Outpost", "name", "outpost.schema.json"),
    /** Identified by its target and subject, not one field: see {@link Identities}. */
    POLICY_BINDING("PolicyBinding", null, "policy-binding.schema.json");

    private final String label;
    private final String identityField;
    private final String schemaFile;

    Kind(String label, String identityField, String schemaFile) {
        this.label = label;
        this.identityField = identityField;
        this.schemaFile = schemaFile;
    }

    /** The {@code kind:} value in YAML. */
    public String label() {
        return label;
    }

    /** The top-level key that names a resource of this kind: {@code name} or {@code slug}; null for a policy binding. */
    public String identityField() {
        return identityField;
    }

    /** The file under {@code schemas/} that defines a document of this kind. */
    public String schemaFile() {
        return schemaFile;
    }

    public static Optional<Kind> byLabel(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Kind::label).toList();
    }
}
