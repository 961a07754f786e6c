package dev.akconf.model;

import tools.jackson.databind.JsonNode;

/**
 * What akconf knows of one writable spec field of a kind: what a document that leaves it out
 * means, and whether a change to it widens access.
 *
 * @param field      the API field name
 * @param undeclared how the field is compared when a document leaves it out
 * @param value      Authentik 2026.2.2's value for a field nobody set ({@link Undeclared#DEFAULT});
 *                   for {@link Undeclared#AUTHENTIK} and {@link Undeclared#PER_KEY} the value import
 *                   leaves out (never compared); null when there is none
 * @param security   a change to it can widen who reaches what: marked {@code (security)} and counted
 * @param why        for the exceptions, why the field is not compared when undeclared
 */
public record FieldRule(String field, Undeclared undeclared, JsonNode value, boolean security, String why) {

    /** The meaning of a field a document leaves out, on an object akconf manages. */
    public enum Undeclared {
        /** Expected at Authentik's default: a live value that differs is a change, reset by apply. */
        DEFAULT,
        /** Every valid document of state present declares it (the schema requires it for a create). */
        REQUIRED,
        /** Not compared: Authentik assigns the value, or akconf cannot know its default. */
        AUTHENTIK,
        /** Compared key by key for the keys declared; undeclared keys belong to Authentik (outpost config). */
        PER_KEY
    }

    /** Compared with Authentik's {@code value} when a document leaves the field out. */
    public static FieldRule byDefault(String field, JsonNode value) {
        return new FieldRule(field, Undeclared.DEFAULT, value, false, null);
    }

    /** Declared by every document that creates the object. */
    public static FieldRule required(String field) {
        return new FieldRule(field, Undeclared.REQUIRED, null, false, null);
    }

    /** Assigned by Authentik: never compared when undeclared; {@code importDefault} is what import leaves out. */
    public static FieldRule authentik(String field, JsonNode importDefault, String why) {
        return new FieldRule(field, Undeclared.AUTHENTIK, importDefault, false, why);
    }

    /** This rule, marked security-relevant. */
    public FieldRule markedSecurity() {
        return new FieldRule(field, undeclared, value, true, why);
    }

    /** The default a document leaving this field out expects, or null when it expects nothing. */
    public JsonNode expected() {
        return undeclared == Undeclared.DEFAULT ? value : null;
    }
}
