package dev.akconf.sim;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One emulated DRF viewset: its list path, how its objects are keyed in URLs, listed, filtered,
 * rendered, and (if writable) created, updated and deleted. All methods run under the state lock.
 */
abstract class Collection {

    final String path;
    /** The model name of DRF's 404 text: "No <model> matches the given query.". */
    final String model;

    Collection(String path, String model) {
        this.path = path;
        this.model = model;
    }

    /** Stored objects in the viewset's default ordering. */
    abstract List<ObjectNode> all(Tables t);

    /** The object addressed by a URL key; empty when none. A malformed key is DRF's plain "Not found.". */
    abstract Optional<ObjectNode> find(Tables t, String key);

    abstract ObjectNode render(Tables t, Links links, ObjectNode stored);

    /**
     * The response shape for a request with query {@code q}: a few serializers read query parameters
     * (e.g. the groups' {@code include_users}); most ignore them.
     */
    ObjectNode render(Tables t, Links links, ObjectNode stored, Query q) {
        return render(t, links, stored);
    }

    Predicate<ObjectNode> filter(Tables t, Links links, Query q) {
        return Filters.all();
    }

    /** Whether the API lets clients create, replace, update and delete these objects (else read-only). */
    boolean writable() {
        return false;
    }

    boolean canCreate() {
        return writable();
    }

    /** HTTP methods allowed on an item URL. */
    Set<String> itemMethods() {
        return writable() ? Set.of("GET", "PUT", "PATCH", "DELETE") : Set.of("GET");
    }

    ObjectNode create(Tables t, ObjectNode body) {
        throw new UnsupportedOperationException(path);
    }

    ObjectNode update(Tables t, ObjectNode stored, ObjectNode body, boolean partial) {
        throw new UnsupportedOperationException(path);
    }

    void delete(Tables t, ObjectNode stored) {
        throw new UnsupportedOperationException(path);
    }

    /** A comparator over stored objects by text fields, as Django orders by model fields. */
    static Comparator<ObjectNode> byFields(String... fields) {
        Comparator<ObjectNode> c = (a, b) -> 0;
        for (String f : fields) {
            c = c.thenComparing(o -> o.get(f), Collection::compareValues);
        }
        return c;
    }

    /** Numbers numerically, text as text, nulls last (PostgreSQL's ascending default). */
    static int compareValues(JsonNode a, JsonNode b) {
        boolean aNull = a == null || a.isNull();
        boolean bNull = b == null || b.isNull();
        if (aNull || bNull) {
            return Boolean.compare(aNull, bNull);
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.asString().compareTo(b.asString());
    }

    static List<ObjectNode> sorted(java.util.Collection<ObjectNode> values, Comparator<ObjectNode> order) {
        return values.stream().sorted(order).toList();
    }

    /** A uuid URL key in canonical form, or DRF's 404 "Not found." for a malformed one. */
    static String uuidKey(String key) {
        return Refs.canonicalUuid(key).orElseThrow(() -> ApiError.notFound("Not found."));
    }

    static int intKey(String key) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            throw ApiError.notFound("Not found.");
        }
    }
}
