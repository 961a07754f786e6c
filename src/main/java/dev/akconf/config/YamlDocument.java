package dev.akconf.config;

import dev.akconf.model.Origin;
import tools.jackson.databind.JsonNode;

/**
 * One YAML document of a file, as a JSON tree plus the position of each of its nodes.
 *
 * @param file   the file label used in diagnostics
 * @param index  0-based position of the document in its file
 * @param root   the document's content
 * @param source where each node of {@code root} stands in the file
 */
public record YamlDocument(String file, int index, JsonNode root, SourceMap source) {

    public Origin start() {
        return source.documentStart();
    }
}
