package dev.akconf.sim;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/**
 * django-filter and DRF SearchFilter semantics over stored objects: a filter whose value is empty
 * is not applied, {@code __iexact} compares case-insensitively, booleans read true/false/1/0, and
 * search terms (split at spaces and commas) must each match one search field, case-insensitively.
 */
final class Filters {

    private static final Map<String, Boolean> BOOLEANS = Map.of("true", true, "1", true, "false", false, "0", false);

    private Filters() {
    }

    static Predicate<ObjectNode> all() {
        return o -> true;
    }

    static Function<ObjectNode, String> field(String name) {
        return o -> Json.text(o, name);
    }

    static Predicate<ObjectNode> exact(Query q, String param, Function<ObjectNode, String> field) {
        return q.value(param).<Predicate<ObjectNode>>map(v -> o -> v.equals(field.apply(o))).orElse(all());
    }

    static Predicate<ObjectNode> iexact(Query q, String param, Function<ObjectNode, String> field) {
        return q.value(param).<Predicate<ObjectNode>>map(v -> o -> v.equalsIgnoreCase(field.apply(o)))
                .orElse(all());
    }

    static Predicate<ObjectNode> icontains(Query q, String param, Function<ObjectNode, String> field) {
        return q.value(param).<Predicate<ObjectNode>>map(v -> o -> contains(field.apply(o), v)).orElse(all());
    }

    /** A repeatable exact filter: any of the values matches (MultipleChoiceFilter). */
    static Predicate<ObjectNode> anyOf(Query q, String param, Function<ObjectNode, String> field) {
        List<String> values = q.all(param);
        return values.isEmpty() ? all() : o -> {
            String v = field.apply(o);
            return v != null && values.contains(v);
        };
    }

    /** A BooleanFilter: {@code test} must equal the parsed value; unparsable values apply no filter. */
    static Predicate<ObjectNode> bool(Query q, String param, Predicate<ObjectNode> test) {
        Boolean wanted = q.value(param).map(v -> BOOLEANS.get(v.toLowerCase(Locale.ROOT))).orElse(null);
        return wanted == null ? all() : o -> test.test(o) == wanted;
    }

    static Predicate<ObjectNode> search(Query q, List<Function<ObjectNode, String>> fields) {
        String raw = q.value("search").orElse("").replace("\u0000", "");
        List<String> terms = List.of(raw.split("[\\s,]+")).stream().filter(s -> !s.isEmpty()).toList();
        if (terms.isEmpty()) {
            return all();
        }
        return o -> terms.stream().allMatch(term -> fields.stream().anyMatch(f -> contains(f.apply(o), term)));
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }
}
