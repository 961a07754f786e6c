package dev.akconf.refresh;

import dev.akconf.plan.Action;
import dev.akconf.diff.FieldChange;
import dev.akconf.plan.Plan;
import dev.akconf.plan.ResourceChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a plan of the refreshed configuration still finds, beyond what refresh knowingly left for a
 * person: anything here means the new files would not match Authentik, and refresh writes nothing.
 */
public final class Leftovers {

    private Leftovers() {
    }

    /** The name refresh gives a field in its reports, e.g. {@code ProxyProvider "Grafana" config.log_level}. */
    public static String what(ResourceChange c, FieldChange f) {
        return c.key() + " " + f.path().substring(1).replace('/', '.');
    }

    /** @param left the {@link Notice#what()} of every drift left for a person */
    public static List<String> unexpected(Plan plan, Set<String> left) {
        List<String> out = new ArrayList<>();
        for (ResourceChange c : plan.changes()) {
            if (c.action() == Action.UPDATE) {
                for (FieldChange f : c.changes()) {
                    if (!left.contains(what(c, f))) {
                        out.add(what(c, f) + " still differs");
                    }
                }
            } else if (c.action() != Action.NO_OP && !left.contains(c.key().toString())) {
                out.add(c.key() + " still needs a " + c.action().word());
            }
        }
        return out;
    }
}
