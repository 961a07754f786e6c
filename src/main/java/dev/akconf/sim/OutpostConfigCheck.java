package dev.akconf.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * OutpostSerializer.validate_config (authentik/outposts/api/outposts.py): {@code dacite.from_dict(
 * OutpostConfig, config)} with dacite 1.9's default, non-strict config, then the refresh_interval
 * duration. dacite checks the dataclass fields in declaration order and stops at the first wrong
 * type; unknown keys pass and are stored. Message format: dacite/exceptions.py WrongTypeError.
 *
 * <p>Not emulated: for a string or dict given where a list/dict is declared, dacite first rebuilds
 * the value through a generator, so the real message shows {@code <generator object ...>} (or the
 * server fails with a 500); here the value itself is shown.
 */
final class OutpostConfigCheck {

    /** A Python type annotation of OutpostConfig, with dacite's display name and isinstance test. */
    private sealed interface PyType permits Prim, ListOf, DictOf, Optional_, AnyType {
        boolean accepts(JsonNode v);

        /** {@code str(type)} as typing prints it inside a union. */
        String repr();

        /** dacite's {@code _name}: {@code __name__} for plain and generic types, str() for unions. */
        default String dacite() {
            return repr();
        }
    }

    private record Prim(String name) implements PyType {
        public boolean accepts(JsonNode v) {
            return switch (name) {
                case "str" -> v.isString();
                case "bool" -> v.isBoolean();
                // bool is a subclass of int in Python, so isinstance(True, int) holds.
                default -> v.isIntegralNumber() || v.isBoolean();
            };
        }

        public String repr() {
            return name;
        }
    }

    private record ListOf(PyType item) implements PyType {
        public boolean accepts(JsonNode v) {
            if (!v.isArray()) {
                return false;
            }
            for (JsonNode i : v) {
                if (!item.accepts(i)) {
                    return false;
                }
            }
            return true;
        }

        public String repr() {
            return "list[" + item.repr() + "]";
        }

        public String dacite() {
            return "list";
        }
    }

    private record DictOf(PyType value) implements PyType {
        public boolean accepts(JsonNode v) {
            if (!v.isObject()) {
                return false;
            }
            for (JsonNode i : v.values()) {
                if (!value.accepts(i)) {
                    return false;
                }
            }
            return true;
        }

        public String repr() {
            return "dict[str, " + value.repr() + "]";
        }

        public String dacite() {
            return "dict";
        }
    }

    private record Optional_(PyType inner) implements PyType {
        public boolean accepts(JsonNode v) {
            return v.isNull() || inner.accepts(v);
        }

        public String repr() {
            return inner.repr() + " | None";
        }
    }

    private record AnyType() implements PyType {
        public boolean accepts(JsonNode v) {
            return true;
        }

        public String repr() {
            return "typing.Any";
        }
    }

    private static final PyType STR = new Prim("str");
    private static final PyType BOOL = new Prim("bool");
    private static final PyType INT = new Prim("int");
    private static final PyType STR_DICT = new DictOf(STR);
    private static final Map<String, PyType> FIELDS = new LinkedHashMap<>();

    static {
        // authentik/outposts/models.py OutpostConfig, 2026.2.2, in declaration order.
        FIELDS.put("authentik_host", STR);
        FIELDS.put("authentik_host_insecure", BOOL);
        FIELDS.put("authentik_host_browser", STR);
        FIELDS.put("log_level", STR);
        FIELDS.put("object_naming_template", STR);
        FIELDS.put("refresh_interval", STR);
        FIELDS.put("container_image", new Optional_(STR));
        FIELDS.put("docker_network", new Optional_(STR));
        FIELDS.put("docker_map_ports", BOOL);
        FIELDS.put("docker_labels", new Optional_(STR_DICT));
        FIELDS.put("kubernetes_replicas", INT);
        FIELDS.put("kubernetes_namespace", STR);
        FIELDS.put("kubernetes_ingress_annotations", STR_DICT);
        FIELDS.put("kubernetes_ingress_secret_name", STR);
        FIELDS.put("kubernetes_ingress_class_name", new Optional_(STR));
        FIELDS.put("kubernetes_ingress_path_type", new Optional_(STR));
        FIELDS.put("kubernetes_httproute_annotations", STR_DICT);
        FIELDS.put("kubernetes_httproute_parent_refs", new ListOf(STR_DICT));
        FIELDS.put("kubernetes_service_type", STR);
        FIELDS.put("kubernetes_disabled_components", new ListOf(STR));
        FIELDS.put("kubernetes_image_pull_secrets", new ListOf(STR));
        FIELDS.put("kubernetes_json_patches", new Optional_(new DictOf(new ListOf(new DictOf(new AnyType())))));
    }

    private OutpostConfigCheck() {
    }

    /** The error message for {@code config}, or empty when Authentik accepts it. */
    static Optional<String> check(JsonNode config) {
        for (Map.Entry<String, PyType> field : FIELDS.entrySet()) {
            JsonNode v = config.get(field.getKey());
            if (v != null && !field.getValue().accepts(v)) {
                return Optional.of("Failed to validate config: wrong value type for field \"" + field.getKey()
                        + "\" - should be \"" + field.getValue().dacite() + "\" instead of value \"" + PyRepr.str(v)
                        + "\" of type \"" + PyRepr.typeName(v) + "\"");
            }
        }
        JsonNode interval = config.get("refresh_interval");
        if (interval != null) {
            // dacite passed, so refresh_interval is a str here; the text is not stripped (a dict value).
            PyTimedelta.Result r = PyTimedelta.parse(interval.stringValue());
            if (r instanceof PyTimedelta.Overflow o) {
                // validate_config catches only DaciteError (and DRF the ValueError's ValidationError).
                throw new ServerFault("OverflowError: " + o.why());
            }
            if (r instanceof PyTimedelta.Invalid) {
                return Optional.of(PyTimedelta.message(interval.stringValue()));
            }
        }
        return Optional.empty();
    }
}
