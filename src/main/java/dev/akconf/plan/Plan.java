package dev.akconf.plan;

import java.time.Instant;
import java.util.List;

/**
 * Everything a plan found: the one model every renderer and the plan file are drawn from, so the
 * human, JSON and Markdown views cannot disagree.
 */
public record Plan(String akconfVersion, String target, String serverVersion, Instant createdAt,
                   List<ResourceChange> changes, List<Unmanaged> unmanaged) {

    public static final String FORMAT_VERSION = "1";

    public Plan {
        changes = List.copyOf(changes);
        unmanaged = List.copyOf(unmanaged);
    }

    public long count(Action action) {
        return changes.stream().filter(c -> c.action() == action).count();
    }

    public boolean hasChanges() {
        return changes.stream().anyMatch(c -> c.action() != Action.NO_OP);
    }
}
