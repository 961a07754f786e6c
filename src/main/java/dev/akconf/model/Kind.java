package dev.akconf.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of Authentik object akconf manages, with what the loader needs to know of each.
 * Declaration order is dependency order: a kind may only reference kinds declared before it.
 */
public enum Kind {
    PROXY_PROVIDER("ProxyProvider", "name", "proxy-provider.schema.json"),
    APPLICATION("Application", "slug", "application.schema.json"),
    OUTPOST("Outpost", "name", "outpost.schema.json");

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

    /** The top-level key that names a resource of this kind: {@code name} or {@code slug}. */
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
