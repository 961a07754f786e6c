package dev.akconf.kinds;

import dev.akconf.model.FieldRule;
import dev.akconf.model.RefField;
import dev.akconf.model.RefTarget;
import dev.akconf.model.FieldRule.Undeclared;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The tables of every kind's adapter, by field: for each writable spec field: Authentik 2026.2.2's default for a field nobody
 * set (what import leaves out and what plan expects of a field a document leaves out), the fields a
 * create needs, the exceptions that are not compared when undeclared, and the security-relevant
 * fields. Import, plan, apply and drift all read this table and nothing else. Every default is the
 * model's at tag version/2026.2.2 (file cited per table); a Django TextField with blank=True and no
 * default stores "" (Field.get_default), a nullable ForeignKey without one stores None, a
 * ManyToManyField starts empty. A test keeps each table complete against the kind's descriptor.
 */
public final class KindDefaults {

    private static final Map<Kind, Map<String, FieldRule>> TABLES = tables();

    private KindDefaults() {
    }

    /** Every rule of the kind, in the API's field order. */
    public static List<FieldRule> rules(Kind kind) {
        return List.copyOf(TABLES.get(kind).values());
    }

    public static Optional<FieldRule> rule(Kind kind, String field) {
        return Optional.ofNullable(TABLES.get(kind).get(field));
    }

    /** The value import leaves out for {@code field}: Authentik's value when it was never set; empty when there is none. */
    public static Optional<JsonNode> of(Kind kind, String field) {
        return rule(kind, field).map(FieldRule::value);
    }

    /** Whether a change at {@code pointer} (e.g. {@code /skip_path_regex}) can widen access. */
    public static boolean security(Kind kind, String pointer) {
        String field = pointer.substring(1).split("/", 2)[0];
        return rule(kind, field).map(FieldRule::security).orElse(false);
    }

    /** Spec fields a document must declare for Authentik to create the object. */
    public static Set<String> required(Kind kind) {
        return TABLES.get(kind).values().stream().filter(r -> r.undeclared() == Undeclared.REQUIRED)
                .map(FieldRule::field).collect(Collectors.toUnmodifiableSet());
    }

    /** The spec fields a document may hold: the writable fields minus the identity and what Authentik manages. */
    public static List<String> specFields(Kind kind, List<String> writable) {
        // Fields written beside spec (a binding's target and subject) are identity keys, not spec fields.
        return writable.stream().filter(f -> !f.equals(kind.identityField()) && !f.equals("managed")
                && kind.adapter().declaredPointer(f).equals("/spec/" + f)).toList();
    }

    private static Map<Kind, Map<String, FieldRule>> tables() {
        Map<Kind, Map<String, FieldRule>> out = new java.util.EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            List<FieldRule> rules = kind.adapter().defaults();
            Map<String, FieldRule> byField = new LinkedHashMap<>();
            rules.forEach(r -> byField.put(r.field(), r));
            out.put(kind, java.util.Collections.unmodifiableMap(byField));
        }
        return out;
    }
}
