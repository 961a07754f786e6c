package dev.akconf.plan;

import dev.akconf.kinds.KindSpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A digest of a live object's writable fields, with mapping keys sorted: equal whenever the object
 * is unchanged, whatever order the server sends keys in, and blind to server-computed fields that
 * other objects' changes move (assigned_application_*, outpost_set). Apply compares it again before
 * writing, to refuse a plan the UI has overtaken.
 */
public final class Fingerprint {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Fingerprint() {
    }

    public static String of(KindSpec spec, JsonNode live) {
        ObjectNode writable = JsonNodeFactory.instance.objectNode();
        for (String field : spec.writable()) {
            if (live.has(field)) {
                writable.set(field, canonical(live.get(field)));
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(JSON.writeValueAsString(writable).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            node.properties().forEach(e -> sorted.put(e.getKey(), canonical(e.getValue())));
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            sorted.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            var out = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> out.add(canonical(item)));
            return out;
        }
        return node;
    }
}
