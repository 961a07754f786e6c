package dev.akconf.pipeline;

import dev.akconf.config.Resource;
import dev.akconf.plan.Plan;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The one place that decides which values the HTTP client masks like the token wherever it quotes
 * the server (a 400 repeating the value it refused): the substituted values of secret-looking
 * {@code ${VAR}}s, from a configuration or substituted into a saved plan. How a sensitive field is
 * shown in an output is {@code render.Sensitive}'s job.
 */
final class Secrets {

    private Secrets() {
    }

    /** The substituted secret values of a configuration: spec values and sensitive identities. */
    static Set<String> of(List<Resource> resources) {
        Set<String> out = new LinkedHashSet<>();
        for (Resource r : resources) {
            for (String pointer : r.secrets().keySet()) {
                if (pointer.startsWith("/spec/")) {
                    collect(r.spec().at(pointer.substring("/spec".length())), out);
                } else if (r.kind().identityField() != null && pointer.equals("/" + r.kind().identityField())) {
                    out.add(r.key().identity());
                }
            }
        }
        return out;
    }

    /**
     * A saved plan's secrets: the values {@code substituted} into its bodies now, and each sensitive
     * identity (restored into the plan's keys), masked exactly as for a configuration.
     */
    static Set<String> of(Plan plan, Collection<String> substituted) {
        Set<String> out = new LinkedHashSet<>(substituted);
        plan.changes().stream().filter(c -> c.key().masked()).forEach(c -> out.add(c.key().identity()));
        return out;
    }

    private static void collect(JsonNode v, Set<String> out) {
        if (v == null || v.isMissingNode()) {
            return;
        }
        if (v.isString()) {
            out.add(v.stringValue());
        } else if (v.isContainer()) {
            v.forEach(child -> collect(child, out));
        }
    }
}
