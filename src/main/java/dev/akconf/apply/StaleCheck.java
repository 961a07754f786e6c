package dev.akconf.apply;

import dev.akconf.diff.Pairing;
import dev.akconf.live.LiveIndex;
import dev.akconf.plan.Action;
import dev.akconf.plan.Fingerprint;
import dev.akconf.plan.Plan;
import dev.akconf.plan.ResourceChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Refuses a plan that Authentik has overtaken: every object the plan touches is re-read and its
 * fingerprint compared with the plan's. Terraform only checks its own state file; this checks the
 * real objects, so an edit made in the UI after review is never silently overwritten.
 */
final class StaleCheck {

    private StaleCheck() {
    }

    static List<String> check(Plan plan, LiveIndex live) {
        List<String> stale = new ArrayList<>();
        for (ResourceChange c : plan.changes()) {
            switch (c.action()) {
                // Found as plan pairs it: by identity (a marked object first), a binding by its resolved one.
                case CREATE -> live.named(c.kind(), Pairing.identity(c.key(), c.desired())).ifPresent(o ->
                        stale.add(c.key() + " was created in Authentik since the plan (id " + o.path("pk").asString() + ")"));
                case UPDATE, DELETE -> {
                    Optional<ObjectNode> now = live.byPk(c.kind(), c.id());
                    if (now.isEmpty()) {
                        stale.add(c.key() + " was deleted in Authentik since the plan");
                    } else if (!Fingerprint.of(c.kind().spec(), now.get()).equals(c.liveFingerprint())) {
                        stale.add(c.key() + " was changed in Authentik since the plan");
                    }
                }
                case NO_OP -> { }
            }
        }
        return stale;
    }

    static boolean touches(ResourceChange c) {
        return c.action() != Action.NO_OP;
    }
}
