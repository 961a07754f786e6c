package dev.akconf.controller;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * The custom resources' read-back: for the ServiceMonitor, Traefik Middleware and HTTPRoute,
 * {@code authentik/outposts/controllers/k8s/base.py get_patched_reference_object} turns the
 * patched JSON into Authentik's dataclasses with {@code dacite.from_dict} (1.9.2 in
 * {@code uv.lock}; type checks on, extra keys ignored), outside its try block, and later sends
 * {@code asdict()} of them. So a key the dataclass lacks is silently dropped, a missing or
 * wrongly typed field raises {@code MissingValueError}/{@code WrongTypeError} and fails the task.
 *
 * <p>The dataclasses, field by field in declaration order, from
 * {@code authentik/outposts/controllers/k8s/service_monitor.py},
 * {@code authentik/providers/proxy/controllers/k8s/traefik_3.py} and
 * {@code authentik/providers/proxy/controllers/k8s/httproute.py}. Messages for values that are
 * lists or objects of the wrong shape are close to dacite's, not byte-exact (dacite prints the
 * half-built Python objects).
 */
final class Dataclasses {

    /** A field type: {@code str}, {@code int}, {@code bool}, {@code dict}, {@code list[item]}, {@code item | None}, or a dataclass. */
    record Type(String kind, Type item, String dataclass) {
        static final Type STR = new Type("str", null, null);
        static final Type INT = new Type("int", null, null);
        static final Type BOOL = new Type("bool", null, null);
        static final Type DICT = new Type("dict", null, null);

        static Type list(Type item) {
            return new Type("list", item, null);
        }

        static Type optional(Type item) {
            return new Type("optional", item, null);
        }

        static Type of(String dataclass) {
            return new Type("dataclass", null, dataclass);
        }

        /** dacite's {@code _name(type)}: {@code list[X].__name__} is {@code list}; a union prints as {@code str | None}. */
        String pyName() {
            return switch (kind) {
                case "optional" -> item.pyName() + " | None";
                case "dataclass" -> dataclass;
                default -> kind;
            };
        }
    }

    record Field(String name, Type type, boolean hasDefault) {
    }

    /** What reading back found: the first dacite error ({@code Type: message}), and the pointers it drops. */
    record Result(String error, String errorAt, List<String> dropped) {
    }

    private static Field f(String name, Type type) {
        return new Field(name, type, false);
    }

    private static Field d(String name, Type type) {
        return new Field(name, type, true);
    }

    private static final Map<String, List<Field>> CLASSES = Map.ofEntries(
            Map.entry("PrometheusServiceMonitor", List.of(f("apiVersion", Type.STR), f("kind", Type.STR),
                    f("metadata", Type.of("PrometheusServiceMonitorMetadata")), f("spec", Type.of("PrometheusServiceMonitorSpec")))),
            Map.entry("PrometheusServiceMonitorMetadata", List.of(f("name", Type.STR), f("namespace", Type.STR), d("labels", Type.DICT))),
            Map.entry("PrometheusServiceMonitorSpec", List.of(f("endpoints", Type.list(Type.of("PrometheusServiceMonitorSpecEndpoint"))),
                    f("selector", Type.of("PrometheusServiceMonitorSpecSelector")))),
            Map.entry("PrometheusServiceMonitorSpecEndpoint", List.of(f("port", Type.STR), d("path", Type.STR))),
            Map.entry("PrometheusServiceMonitorSpecSelector", List.of(f("matchLabels", Type.DICT))),
            Map.entry("TraefikMiddleware", List.of(f("apiVersion", Type.STR), f("kind", Type.STR),
                    f("metadata", Type.of("TraefikMiddlewareMetadata")), f("spec", Type.of("TraefikMiddlewareSpec")))),
            Map.entry("TraefikMiddlewareMetadata", List.of(f("name", Type.STR), f("namespace", Type.STR), d("labels", Type.DICT))),
            Map.entry("TraefikMiddlewareSpec", List.of(f("forwardAuth", Type.of("TraefikMiddlewareSpecForwardAuth")))),
            Map.entry("TraefikMiddlewareSpecForwardAuth", List.of(f("address", Type.STR), d("authResponseHeadersRegex", Type.STR),
                    d("authResponseHeaders", Type.list(Type.STR)), d("trustForwardHeader", Type.BOOL), d("maxResponseBodySize", Type.INT))),
            Map.entry("HTTPRoute", List.of(f("apiVersion", Type.STR), f("kind", Type.STR),
                    f("metadata", Type.of("HTTPRouteMetadata")), f("spec", Type.of("HTTPRouteSpec")))),
            Map.entry("HTTPRouteMetadata", List.of(f("name", Type.STR), f("namespace", Type.STR), d("annotations", Type.DICT),
                    d("labels", Type.DICT))),
            Map.entry("HTTPRouteSpec", List.of(f("parentRefs", Type.list(Type.of("RouteSpecParentRefs"))), f("hostnames", Type.list(Type.STR)),
                    f("rules", Type.list(Type.of("HTTPRouteSpecRule"))))),
            Map.entry("RouteSpecParentRefs", List.of(f("name", Type.STR), d("sectionName", Type.optional(Type.STR)),
                    d("port", Type.optional(Type.INT)), d("namespace", Type.optional(Type.STR)), d("kind", Type.STR), d("group", Type.STR))),
            Map.entry("HTTPRouteSpecRule", List.of(f("backendRefs", Type.list(Type.of("RouteBackendRef"))),
                    f("matches", Type.list(Type.of("HTTPRouteSpecRuleMatch"))))),
            Map.entry("RouteBackendRef", List.of(f("name", Type.STR), f("port", Type.INT))),
            Map.entry("HTTPRouteSpecRuleMatch", List.of(f("path", Type.of("HTTPRouteSpecRuleMatchPath")),
                    f("headers", Type.list(Type.of("HTTPRouteSpecRuleMatchHeader"))))),
            Map.entry("HTTPRouteSpecRuleMatchPath", List.of(f("type", Type.STR), f("value", Type.STR))),
            Map.entry("HTTPRouteSpecRuleMatchHeader", List.of(f("name", Type.STR), f("value", Type.STR), d("type", Type.STR))));

    /** A dacite error on its way up: the field path grows as it passes each dataclass. */
    private static final class DaciteError extends RuntimeException {
        String path;
        final JsonPointer at;
        /** The message for the field path it has when caught. */
        private final UnaryOperator<String> words;

        private DaciteError(String field, JsonPointer at, UnaryOperator<String> words) {
            super(null, null, false, false);
            this.path = field;
            this.at = at;
            this.words = words;
        }

        static DaciteError missing(String field, JsonPointer at) {
            return new DaciteError(field, at, path -> "MissingValueError: missing value for field \"" + path + "\"");
        }

        static DaciteError wrongType(String field, JsonPointer at, Type fieldType, JsonNode value) {
            return new DaciteError(field, at, path -> "WrongTypeError: wrong value type for field \"" + path + "\" - should be \""
                    + fieldType.pyName() + "\" instead of value \"" + PyValues.str(value) + "\" of type \"" + PyValues.typeName(value) + "\"");
        }

        String message() {
            return words.apply(path);
        }
    }

    private Dataclasses() {
    }

    /** The root dataclass of a component, or null for the client-model objects. */
    static String rootOf(Component c) {
        return switch (c) {
            case SERVICE_MONITOR -> "PrometheusServiceMonitor";
            case TRAEFIK_MIDDLEWARE -> "TraefikMiddleware";
            case HTTPROUTE -> "HTTPRoute";
            default -> null;
        };
    }

    /** {@code from_dict(cls, data)} then {@code asdict}: the first error, and what is dropped. */
    static Result readBack(String root, JsonNode data) {
        List<String> dropped = new ArrayList<>();
        try {
            fromDict(root, data, JsonPointer.empty(), dropped);
            return new Result(null, null, dropped);
        } catch (DaciteError e) {
            return new Result(e.message(), e.at.toString(), dropped);
        }
    }

    private static void fromDict(String cls, JsonNode data, JsonPointer at, List<String> dropped) {
        List<Field> fields = CLASSES.get(cls);
        for (String key : data.propertyNames()) {
            if (fields.stream().noneMatch(x -> x.name().equals(key))) {
                dropped.add(at.appendProperty(key).toString());
            }
        }
        for (Field field : fields) {
            JsonPointer here = at.appendProperty(field.name());
            if (!data.has(field.name())) {
                if (!field.hasDefault()) {
                    throw DaciteError.missing(field.name(), here);
                }
                continue;
            }
            JsonNode value = data.get(field.name());
            boolean built;
            try {
                built = build(field.type(), value, here, dropped);
            } catch (DaciteError e) {
                // from_dict: `except DaciteFieldError as error: error.update_path(field.name)`
                e.path = field.name() + "." + e.path;
                throw e;
            }
            if (!built || !isInstance(field.type(), value)) {
                throw DaciteError.wrongType(field.name(), here, field.type(), value);
            }
        }
    }

    /** {@code _build_value}: dataclasses from mappings (recursively), collections element by element; false when it stays raw. */
    private static boolean build(Type type, JsonNode value, JsonPointer at, List<String> dropped) {
        switch (type.kind()) {
            case "optional":
                return value.isNull() || build(type.item(), value, at, dropped);
            case "list":
                if (value.isArray()) {
                    boolean all = true;
                    for (int i = 0; i < value.size(); i++) {
                        all &= build(type.item(), value.get(i), at.appendIndex(i), dropped);
                    }
                    return all;
                }
                return true;
            case "dataclass":
                if (value.isObject()) {
                    fromDict(type.dataclass(), value, at, dropped);
                    return true;
                }
                return false;
            default:
                return true;
        }
    }

    /** dacite's {@code is_instance} on the built value ({@code bool} counts as {@code int}, as in Python). */
    private static boolean isInstance(Type type, JsonNode v) {
        return switch (type.kind()) {
            case "str" -> v.isString();
            case "int" -> v.isIntegralNumber() || v.isBoolean();
            case "bool" -> v.isBoolean();
            case "dict" -> v.isObject();
            case "optional" -> v.isNull() || isInstance(type.item(), v);
            case "list" -> {
                if (!v.isArray()) {
                    yield false;
                }
                for (JsonNode e : v) {
                    if (!isInstance(type.item(), e)) {
                        yield false;
                    }
                }
                yield true;
            }
            default -> v.isObject();
        };
    }
}
