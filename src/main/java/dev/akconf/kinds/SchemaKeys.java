package dev.akconf.kinds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Property names read from a kind's schema in the jar, so the schema stays the one list of them. */
final class SchemaKeys {

    private SchemaKeys() {
    }

    /** The schema node at {@code pointer} of {@code schemas/<schemaFile>}. */
    static JsonNode at(String schemaFile, String pointer) {
        String resource = "schemas/" + schemaFile;
        try (InputStream in = SchemaKeys.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the jar: " + resource);
            }
            return JsonMapper.builder().build().readTree(in).at(JsonPointer.compile(pointer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The keys of a schema's {@code properties} node, in the schema's order. */
    static List<String> names(JsonNode properties) {
        List<String> out = new ArrayList<>();
        properties.propertyNames().forEach(out::add);
        return List.copyOf(out);
    }
}
