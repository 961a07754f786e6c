package dev.akconf.sim;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * DRF's request parsing with Authentik's JSON-only parser (rest_framework/request.py, parsers.py):
 * no Content-Type or an empty body reads as {@code {}}, another media type is a 415, malformed JSON
 * a 400, and valid JSON that is not an object the serializer's "Expected a dictionary" error.
 */
final class RequestBody {

    private RequestBody() {
    }

    static ObjectNode parse(String contentType, byte[] bytes) {
        if (contentType == null || contentType.isBlank() || bytes.length == 0) {
            return Json.object();
        }
        String media = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json") && !media.endsWith("+json")) {
            throw new UnsupportedMediaType(media);
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw ApiError.badRequest(Json.detail("JSON parse error - " + e.getOriginalMessage()));
        }
        if (node == null || node.isMissingNode()) {
            return Json.object();
        }
        if (node.isNull()) {
            // Serializer.errors turns the lone "may not be null" into this (rest_framework/serializers.py).
            throw ApiError.field("non_field_errors", "No data provided");
        }
        if (!node.isObject()) {
            throw ApiError.field("non_field_errors",
                    "Invalid data. Expected a dictionary, but got " + PyRepr.typeName(node) + ".");
        }
        return (ObjectNode) node;
    }

    /** DRF's UnsupportedMediaType. */
    static final class UnsupportedMediaType extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnsupportedMediaType(String media) {
            super("Unsupported media type \"" + media + "\" in request.", null, false, false);
        }
    }
}
