package dev.akconf.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Field errors collected while validating one request body, in field order, as DRF's serializer
 * does before answering 400 with {@code {"field": ["message", ...]}}.
 */
final class Errors {

    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    void add(String field, String message) {
        byField.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }

    boolean has(String field) {
        return byField.containsKey(field);
    }

    boolean isEmpty() {
        return byField.isEmpty();
    }

    /** Throws the 400 if any error was collected. */
    void throwIfAny() {
        if (!isEmpty()) {
            throw ApiError.badRequest(toJson());
        }
    }

    ObjectNode toJson() {
        ObjectNode out = Json.object();
        byField.forEach((field, messages) -> {
            ArrayNode a = out.putArray(field);
            messages.forEach(a::add);
        });
        return out;
    }
}
