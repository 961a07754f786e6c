package dev.akconf.sim;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One request body being validated, with DRF's per-field entry checks: "required" only when the
 * update is not partial, "may not be null" unless the field allows null
 * (rest_framework/fields.py Field.validate_empty_values).
 */
final class Body {

    final ObjectNode data;
    final boolean partial;
    final Errors errors = new Errors();

    Body(ObjectNode data, boolean partial) {
        this.data = data;
        this.partial = partial;
    }

    boolean sent(String field) {
        return data.has(field);
    }

    JsonNode raw(String field) {
        return data.get(field);
    }

    /**
     * The raw value to validate further, or null when there is nothing to validate (absent, or
     * null where null is an error, which is recorded). A JSON null comes back as NullNode when
     * allowed.
     */
    JsonNode begin(String field, boolean required, boolean allowNull) {
        JsonNode v = data.get(field);
        if (v == null) {
            if (required && !partial) {
                errors.add(field, "This field is required.");
            }
            return null;
        }
        if (v.isNull() && !allowNull) {
            errors.add(field, "This field may not be null.");
            return null;
        }
        return v;
    }
}
