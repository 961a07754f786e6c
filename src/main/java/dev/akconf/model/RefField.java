package dev.akconf.model;

/**
 * A spec field that holds a reference: YAML gives the target's natural key, the API its pk.
 *
 * @param target what it points at
 * @param many   a list of references rather than one
 */
public record RefField(RefTarget target, boolean many) {
}
