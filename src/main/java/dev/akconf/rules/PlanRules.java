package dev.akconf.rules;

import dev.akconf.controller.Quantities;
import dev.akconf.config.Resource;
import dev.akconf.controller.DryRunReport;
import dev.akconf.controller.ShmMount;
import dev.akconf.diff.Pairing;
import dev.akconf.live.LiveState;
import dev.akconf.model.Durations;
import dev.akconf.kinds.ControllerModel;
import dev.akconf.kinds.SessionLifetime;
import dev.akconf.kinds.ResourceKey;
import dev.akconf.model.RuleSettings;
import dev.akconf.plan.Action;
import dev.akconf.diff.FieldChange;
import dev.akconf.plan.Plan;
import dev.akconf.plan.ResourceChange;
import dev.akconf.plan.RuleFinding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * AK002, the guardrail that reads a plan: changes that undo the incident's fix (shrinking or
 * removing the /dev/shm volume that is in effect) or lengthen sessions beyond the reviewed bound need
 * an explicit {@code --allow AK002}, so they cannot slip through as one line among many. Whether a
 * volume is in effect is the controller dry-run's answer, before and after the change: removing a
 * patch Authentik never applied (on the embedded outpost, say) protects nothing and is not flagged.
 */
public final class PlanRules {

    private PlanRules() {
    }

    public static List<RuleFinding> check(Plan plan, Map<ResourceKey, Resource> resources, RuleSettings settings, LiveState live) {
        List<RuleFinding> out = new ArrayList<>();
        for (ResourceChange c : plan.changes()) {
            Resource r = resources.get(c.key());
            if (c.action() != Action.UPDATE || (r != null && r.suppress().containsKey(RuleId.AK002.name()))) {
                continue;
            }
            for (FieldChange f : c.changes()) {
                validity(c, f, settings).ifPresent(m -> out.add(new RuleFinding(RuleId.AK002.name(), c.key(), m)));
            }
            Optional<ControllerModel> model = c.kind().adapter().controllerModel();
            if (r != null && model.isPresent() && c.changes().stream().anyMatch(f -> f.path().startsWith(model.get().patchesPointer()))) {
                Pairing.index(live).match(r).flatMap(o -> shm(r, model.get(), o, live))
                        .ifPresent(m -> out.add(new RuleFinding(RuleId.AK002.name(), c.key(), m)));
            }
        }
        return out;
    }

    /** The memory volume at /dev/shm in effect before and after the change, compared. */
    private static Optional<String> shm(Resource r, ControllerModel model, ObjectNode liveObject, LiveState live) {
        String name = r.key().identity();
        OptionalLong before = inEffect(OutpostFacts.current(model, liveObject), name);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        OptionalLong after = inEffect(OutpostFacts.atPlan(r, Optional.of(liveObject), live), name);
        if (after.isEmpty()) {
            return Optional.of("removes the " + Quantities.human(before.getAsLong()) + " memory volume at /dev/shm: back to the "
                    + "64 MiB default that filled up in the incident");
        }
        return after.getAsLong() < before.getAsLong()
                ? Optional.of("shrinks /dev/shm from " + Quantities.human(before.getAsLong()) + " to " + Quantities.human(after.getAsLong()))
                : Optional.empty();
    }

    /** Bytes of the memory emptyDir Authentik's Deployment mounts at /dev/shm (capped by the memory limit); empty when none is. */
    private static OptionalLong inEffect(OutpostFacts facts, String name) {
        if (facts.embedded() || !"proxy".equals(facts.type())) {
            return OptionalLong.empty(); // no session files in /dev/shm to protect
        }
        DryRunReport report = facts.dryRun(name);
        if (report.deployment().isEmpty()) {
            return OptionalLong.empty();
        }
        ShmMount m = ShmMount.of(report.deployment().get(), facts.type());
        if (m.status() != ShmMount.Status.MEMORY_VOLUME) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(m.effectiveBytes().orElse(Long.MAX_VALUE));
    }

    /** A longer session lifetime (the adapter's {@code sessionLifetime}: a proxy provider's access_token_validity). */
    private static Optional<String> validity(ResourceChange c, FieldChange f, RuleSettings settings) {
        Optional<SessionLifetime> lifetime = c.kind().adapter().sessionLifetime();
        if (lifetime.isPresent() && f.path().equals("/" + lifetime.get().field()) && !f.sensitive()) {
            Optional<BigDecimal> before = seconds(f.before());
            Optional<BigDecimal> after = seconds(f.after());
            if (after.isPresent() && after.get().compareTo(settings.maxAccessTokenValidity()) > 0
                    && (before.isEmpty() || after.get().compareTo(before.get()) > 0)) {
                return Optional.of("raises " + lifetime.get().field() + " to " + Durations.humanize(after.get()) + ", above the "
                        + Durations.humanize(settings.maxAccessTokenValidity()) + " bound: sessions (and their files) live that long");
            }
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> seconds(JsonNode v) {
        return v != null && v.isString() ? Durations.parseAuthentik(v.asString()) : Optional.empty();
    }
}
