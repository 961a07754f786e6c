package dev.akconf.diff;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * What comparing one managed object with its declaration found.
 *
 * @param changes differences that count, declared fields first, then undeclared ones not at Authentik's default
 * @param ignored differences {@code akconf.io/ignore} takes out
 * @param body    what apply may write: the declared fields, the defaults of the undeclared fields that
 *                differ, and nothing that is ignored
 */
public record Comparison(List<FieldChange> changes, List<IgnoredField> ignored, ObjectNode body) {

    public Comparison {
        changes = List.copyOf(changes);
        ignored = List.copyOf(ignored);
    }
}
