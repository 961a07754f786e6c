package dev.akconf.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The raw JSON of akconf's schemas as shipped in the jar under {@code schemas/}, for reading the hints
 * ({@code x-akconf-*} keywords, property names) that turn a schema error into a helpful message.
 */
final class SchemaFiles {

    static final String BASE = "classpath:schemas/";

    private final Map<String, JsonNode> files = new ConcurrentHashMap<>();

    /** The schema node at a location such as {@code classpath:schemas/outpost.schema.json#/$defs/config}. */
    JsonNode at(String location) {
        int hash = location.indexOf('#');
        String file = hash < 0 ? location : location.substring(0, hash);
        String fragment = hash < 0 ? "" : location.substring(hash + 1);
        JsonNode root = files.computeIfAbsent(file, this::load);
        return fragment.isEmpty() ? root : root.at(JsonPointer.compile(fragment));
    }

    /** Built when a message first needs a schema's text, not with every loader. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    private JsonNode load(String location) {
        String resource = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
        try (InputStream in = SchemaFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the jar: " + resource);
            }
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
