package dev.akconf.sim;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Finds the OpenAPI operation of a request (method + path template) and its schema names. */
final class Operations {

    /** An operation's request body schema name (or null) and its {@code responses} object. */
    record Operation(String requestSchema, JsonNode responses) {

        /** The component of the response for {@code status}; GenericError for undocumented errors. */
        String responseSchema(int status, JsonNode sharedResponses) {
            JsonNode r = responses.get(String.valueOf(status));
            if (r == null) {
                return status >= 400 ? "GenericError" : null;
            }
            if (r.has("$ref")) {
                r = sharedResponses.path(lastSegment(r.get("$ref").stringValue()));
            }
            return ref(r.path("content").path("application/json").path("schema"));
        }
    }

    private Operations() {
    }

    /** The operation matching {@code apiPath}, preferring literal segments over parameters. */
    static Operation find(JsonNode paths, String method, String apiPath) {
        String best = null;
        int bestParams = Integer.MAX_VALUE;
        for (Map.Entry<String, JsonNode> e : paths.properties()) {
            String template = e.getKey();
            int params = template.split("\\{", -1).length - 1;
            if (params < bestParams && matches(template, apiPath)) {
                best = template;
                bestParams = params;
            }
        }
        if (best == null) {
            return null;
        }
        JsonNode op = paths.get(best).get(method.toLowerCase(Locale.ROOT));
        if (op == null) {
            return null;
        }
        String request = ref(op.path("requestBody").path("content").path("application/json").path("schema"));
        return new Operation(request, op.path("responses"));
    }

    private static boolean matches(String template, String path) {
        String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
        return path.matches(regex);
    }

    private static String ref(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        return ref == null ? null : lastSegment(ref.stringValue());
    }

    private static String lastSegment(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
