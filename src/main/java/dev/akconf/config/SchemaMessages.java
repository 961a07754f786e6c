package dev.akconf.config;

import com.networknt.schema.Error;
import dev.akconf.diag.Diagnostic;
import dev.akconf.model.Durations;
import dev.akconf.model.Origin;
import dev.akconf.model.Suggest;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Words a schema error the way a person fixing the YAML needs it: the field path, the offending value,
 * and a hint. Schemas steer it with two annotation keywords that editors ignore:
 * {@code x-akconf-format} (duration, url: explained by code) and {@code x-akconf-message}
 * (a fixed message for any failure inside that subschema; {@code {value}} is replaced by the value).
 */
final class SchemaMessages {

    private final SchemaFiles files;

    SchemaMessages(SchemaFiles files) {
        this.files = files;
    }

    Diagnostic toDiagnostic(Error error, YamlDocument doc) {
        String pointer = error.getInstanceLocation().toString();
        pointer = pointer.equals("/") ? "" : pointer;
        String path = displayPath(pointer);
        JsonNode value = doc.root().at(tools.jackson.core.JsonPointer.compile(pointer));
        JsonNode container = containingSchema(error);
        String keyword = error.getKeyword();

        if (keyword.equals("additionalProperties") || keyword.equals("unevaluatedProperties")) {
            String key = error.getProperty();
            Origin at = doc.source().key(SourceMap.child(pointer, key));
            return Diagnostic.error(at, "unknown key \"" + key + "\"" + (path.isEmpty() ? "" : " in " + path)
                    + Suggest.didYouMean(key, propertyNames(container)));
        }
        if (keyword.equals("propertyNames") && error.getProperty() != null) {
            // A bad key: point at the key itself, with the message its propertyNames rule carries.
            String key = error.getProperty();
            String custom = customMessage(container.path("propertyNames"), JsonNodeFactory.instance.stringNode(key));
            return Diagnostic.error(doc.source().key(SourceMap.child(pointer, key)),
                    prefix(path) + (custom != null ? custom : "\"" + key + "\" is not an accepted key here"));
        }
        if (keyword.equals("required")) {
            Origin at = pointer.isEmpty() ? doc.start() : doc.source().key(pointer);
            String custom = customMessage(container, value);
            return Diagnostic.error(at, custom != null ? prefix(path) + custom
                    : "missing required key \"" + error.getProperty() + "\"" + (path.isEmpty() ? "" : " in " + path));
        }
        Origin at = doc.source().value(pointer);
        String custom = customMessage(container, value);
        if (custom != null) {
            return Diagnostic.error(at, prefix(path) + custom);
        }
        String format = container.path("x-akconf-format").asString("");
        if (format.equals("duration") && value.isString()) {
            return Diagnostic.error(at, prefix(path) + Durations.explain(value.asString())
                    .orElse("\"" + value.asString() + "\" is not a valid duration"));
        }
        return Diagnostic.error(at, prefix(path) + switch (keyword) {
            case "type" -> "expected " + article(container.path("type")) + ", got " + describe(value);
            case "enum" -> describe(value) + " is not one of " + join(container.path("enum"))
                    + (value.isString() ? Suggest.didYouMean(value.asString(), strings(container.path("enum"))) : "");
            case "const" -> "must be " + container.path("const");
            case "pattern" -> describe(value) + " does not match the pattern " + container.path("pattern").asString();
            case "minLength" -> "must not be empty";
            case "uniqueItems" -> "lists " + duplicate(value) + " more than once";
            case "minItems" -> "needs at least " + container.path("minItems").asInt() + " item(s)";
            case "minimum" -> describe(value) + " is below the minimum " + container.path("minimum");
            case "maximum" -> describe(value) + " is above the maximum " + container.path("maximum");
            default -> error.getMessage();
        });
    }

    /** The subschema holding the failing keyword, e.g. the object with "additionalProperties": false. */
    private JsonNode containingSchema(Error error) {
        String loc = error.getSchemaLocation().toString();
        int slash = loc.lastIndexOf('/');
        int hash = loc.indexOf('#');
        String parent = slash > hash ? loc.substring(0, slash) : loc;
        return files.at(parent);
    }

    private static String customMessage(JsonNode schema, JsonNode value) {
        JsonNode m = schema.get("x-akconf-message");
        if (m == null || !m.isString()) {
            return null;
        }
        String text = m.asString();
        if (!value.isString()) {
            // Templates quote {value} for strings; anything else reads better bare (null, 3, a list).
            text = text.replace("\"{value}\"", "{value}").replace("'{value}'", "{value}");
        }
        return text.replace("{value}", value.isString() ? value.asString() : value.toString());
    }

    private static List<String> propertyNames(JsonNode schema) {
        List<String> names = new ArrayList<>(schema.path("properties").propertyNames());
        return names;
    }

    static String displayPath(String pointer) {
        return dev.akconf.model.Paths.display(pointer);
    }

    private static String prefix(String path) {
        return path.isEmpty() ? "" : path + ": ";
    }

    private static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case MISSING -> "nothing";
            case STRING -> "\"" + value.asString() + "\"";
            case OBJECT -> "a mapping";
            case ARRAY -> "a list";
            case NULL -> "null";
            default -> (value.isBoolean() ? "boolean " : value.isIntegralNumber() ? "integer " : "number ") + value;
        };
    }

    private static String duplicate(JsonNode list) {
        java.util.Set<JsonNode> seen = new java.util.HashSet<>();
        for (JsonNode item : list) {
            if (!seen.add(item)) {
                return describe(item);
            }
        }
        return "an item";
    }

    private static String article(JsonNode type) {
        List<String> names = type.isArray() ? strings(type) : List.of(type.asString());
        List<String> words = names.stream().map(t -> switch (t) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "integer" -> "an integer";
            case "null" -> "null";
            default -> "a " + t;
        }).toList();
        return String.join(" or ", words);
    }

    private static String join(JsonNode values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.isString() ? v.asString() : v.toString()));
        return String.join(", ", out);
    }

    private static List<String> strings(JsonNode values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.asString()));
        return out;
    }
}
