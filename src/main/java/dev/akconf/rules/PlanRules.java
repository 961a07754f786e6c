package dev.akconf.rules;

import dev.akconf.config.Resource;
import dev.akconf.model.Durations;
import dev.akconf.model.Kind;
import dev.akconf.model.ResourceKey;
import dev.akconf.model.RuleSettings;
import dev.akconf.plan.Action;
import dev.akconf.plan.FieldChange;
import dev.akconf.plan.Plan;
import dev.akconf.plan.ResourceChange;
import dev.akconf.plan.RuleFinding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * AK002, the guardrail that reads a plan: changes that undo the incident's fix (shrinking or
 * removing the /dev/shm volume) or lengthen sessions beyond the reviewed bound need an explicit
 * {@code --allow AK002}, so they cannot slip through as one line among many.
 */
public final class PlanRules {

    private PlanRules() {
    }

    public static List<RuleFinding> check(Plan plan, Map<ResourceKey, Resource> resources, RuleSettings settings) {
        List<RuleFinding> out = new ArrayList<>();
        for (ResourceChange c : plan.changes()) {
            Resource r = resources.get(c.key());
            if (c.action() != Action.UPDATE || (r != null && r.suppress().containsKey(RuleId.AK002.name()))) {
                continue;
            }
            for (FieldChange f : c.changes()) {
                check(c, f, settings).ifPresent(m -> out.add(new RuleFinding(RuleId.AK002.name(), c.key(), m)));
            }
        }
        return out;
    }

    private static Optional<String> check(ResourceChange c, FieldChange f, RuleSettings settings) {
        if (c.kind() == Kind.PROXY_PROVIDER && f.path().equals("/access_token_validity") && !f.sensitive()) {
            Optional<BigDecimal> before = seconds(f.before());
            Optional<BigDecimal> after = seconds(f.after());
            if (after.isPresent() && after.get().compareTo(settings.maxAccessTokenValidity()) > 0
                    && (before.isEmpty() || after.get().compareTo(before.get()) > 0)) {
                return Optional.of("raises access_token_validity to " + Durations.humanize(after.get()) + ", above the "
                        + Durations.humanize(settings.maxAccessTokenValidity()) + " bound: sessions (and their files) live that long");
            }
        }
        if (c.kind() == Kind.OUTPOST && f.path().startsWith(ConfigRules.PATCHES)) {
            long before = shm(f.path(), f.before());
            long after = shm(f.path(), f.after());
            if (after < before) {
                return Optional.of(after == ShmVolume.DEFAULT_BYTES
                        ? "removes the " + Quantities.human(before) + " memory volume at /dev/shm: back to the 64 MiB default that filled up in the incident"
                        : "shrinks /dev/shm from " + Quantities.human(before) + " to " + Quantities.human(after));
            }
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> seconds(JsonNode v) {
        return v != null && v.isString() ? Durations.parseAuthentik(v.asString()) : Optional.empty();
    }

    /** The /dev/shm size a change's value gives, whether it is the deployment list or the whole patch map. */
    private static long shm(String path, JsonNode value) {
        JsonNode deployment = path.equals(ConfigRules.PATCHES) ? (value == null ? null : value.path("deployment"))
                : path.equals(ConfigRules.PATCHES + "/deployment") ? value : null;
        return ShmVolume.size(deployment).orElse(ShmVolume.DEFAULT_BYTES);
    }
}
