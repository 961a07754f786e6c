package dev.akconf.apply;

import dev.akconf.diff.PendingRef;
import dev.akconf.plan.Action;
import dev.akconf.diff.FieldChange;
import dev.akconf.plan.ResourceChange;
import tools.jackson.databind.JsonNode;

/**
 * Which writes apply sends before all others: updates that rename an object (an {@code id:} with a
 * new name), so the old name is free before a create or another rename of the same plan takes it.
 * A kind whose objects name each other (groups, their parents) stays with its level (its
 * parents-first order matters more) and a rename whose body
 * waits for an object this plan creates cannot go first: it keeps its kind's place.
 */
final class RenamesFirst {

    private RenamesFirst() {
    }

    static boolean isEarlyRename(ResourceChange c) {
        String field = c.kind().identityField();
        if (c.action() != Action.UPDATE || field == null || ParentOrder.applies(c.kind()) || c.desired() == null) {
            return false;
        }
        boolean renames = false;
        for (FieldChange f : c.changes()) {
            renames |= f.path().equals("/" + field);
        }
        return renames && !hasPending(c.desired());
    }

    private static boolean hasPending(JsonNode node) {
        if (PendingRef.is(node)) {
            return true;
        }
        for (JsonNode child : node) {
            if (hasPending(child)) {
                return true;
            }
        }
        return false;
    }
}
