package dev.akconf.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outpost config keys and JSON-patch components akconf's schema accepts, in the schema's order,
 * read from the schema in the jar so the schema stays the one list of them.
 *
 * @param configKeys     keys of {@code spec.config}
 * @param patchComponents keys of {@code spec.config.kubernetes_json_patches}
 */
record OutpostSchemaKeys(List<String> configKeys, List<String> patchComponents) {

    static final String PATCHES = "kubernetes_json_patches";
    private static final String SCHEMA = "schemas/outpost.schema.json";

    OutpostSchemaKeys {
        configKeys = List.copyOf(configKeys);
        patchComponents = List.copyOf(patchComponents);
    }

    static OutpostSchemaKeys load() {
        try (InputStream in = OutpostSchemaKeys.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the jar: " + SCHEMA);
            }
            JsonNode config = JsonMapper.builder().build().readTree(in).at("/$defs/config/properties");
            return new OutpostSchemaKeys(names(config), names(config.at("/" + PATCHES + "/properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(JsonNode properties) {
        List<String> out = new ArrayList<>();
        properties.propertyNames().forEach(out::add);
        return out;
    }
}
