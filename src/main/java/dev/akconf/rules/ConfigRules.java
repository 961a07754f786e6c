package dev.akconf.rules;

import dev.akconf.config.Resource;
import dev.akconf.controller.DryRunReport;
import dev.akconf.diag.Diagnostic;
import dev.akconf.diag.Diagnostics;
import dev.akconf.diag.Severity;
import dev.akconf.kinds.ControllerModel;
import dev.akconf.model.Origin;
import dev.akconf.model.RefTarget;
import dev.akconf.model.RuleSettings;
import dev.akconf.model.State;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The guardrails on each declared outpost, run by validate (offline facts) and again by plan (facts
 * from Authentik, {@link LiveOutpostRules}): AK001 (the session store fills before sessions
 * expire), AK003 (patches that cannot work) and AK004 (what Authentik will not act on), all from
 * one dry-run of Authentik's controller per outpost. A resource's {@code akconf.io/suppress} entry
 * silences a rule for it.
 */
public final class ConfigRules {

    private ConfigRules() {
    }

    /** A rule's objection to one resource. */
    public record Finding(Resource resource, Diagnostic diagnostic) {
    }

    /** Every finding with the resource it concerns, offline (import turns them into reviewable suppressions). */
    public static List<Finding> findings(List<Resource> resources, RuleSettings settings) {
        return findings(resources, settings, OutpostFacts::offline);
    }

    /** Every finding, with the facts {@code facts} gives per outpost. */
    public static List<Finding> findings(List<Resource> resources, RuleSettings settings, Function<Resource, OutpostFacts> facts) {
        return findings(resources, settings, facts, name -> Optional.empty());
    }

    /**
     * Every finding, with the facts {@code facts} gives per outpost and {@code undeclaredValidity}
     * the session lifetime (seconds; a provider's access_token_validity) of a served object the
     * configuration does not declare, by name
     * (at plan: Authentik's value; offline: unknown).
     */
    public static List<Finding> findings(List<Resource> resources, RuleSettings settings, Function<Resource, OutpostFacts> facts,
                                         Function<String, Optional<BigDecimal>> undeclaredValidity) {
        List<Finding> out = new ArrayList<>();
        run(resources, settings, facts, undeclaredValidity, (r, d) -> out.add(new Finding(r, d)));
        return out;
    }

    public static void check(List<Resource> resources, RuleSettings settings, Diagnostics diags) {
        run(resources, settings, OutpostFacts::offline, name -> Optional.empty(), (r, d) -> diags.add(d));
    }

    private static void run(List<Resource> resources, RuleSettings settings, Function<Resource, OutpostFacts> factsOf,
                            Function<String, Optional<BigDecimal>> undeclaredValidity, BiConsumer<Resource, Diagnostic> sink) {
        // The declared objects references find, by target and identity (a provider's name).
        Map<RefTarget, Map<String, Resource>> served = new EnumMap<>(RefTarget.class);
        resources.forEach(r -> r.kind().adapter().servesTarget()
                .ifPresent(t -> served.computeIfAbsent(t, x -> new HashMap<>()).put(r.key().identity(), r)));
        for (Resource r : resources) {
            Optional<ControllerModel> model = r.kind().adapter().controllerModel();
            if (model.isEmpty() || r.state() == State.ABSENT) {
                continue;
            }
            String name = r.key().identity();
            OutpostFacts facts = factsOf.apply(r);
            DryRunReport report = facts.dryRun(name);
            SessionStoreRule.check(name, facts, report, longestValidity(r, model.get(), served, undeclaredValidity), settings)
                    .ifPresent(f -> report(r, RuleId.AK001, f.severity(), r.document().source().value("/name"), f.message(), sink));
            PatchRule.check(r, model.get(), report, sink);
            NoEffectRule.check(r, model.get(), facts.embedded(), report, sink);
        }
    }

    /**
     * The longest session lifetime (a proxy provider's access_token_validity) of the objects the
     * outpost serves, or null when none is known.
     */
    private static BigDecimal longestValidity(Resource outpost, ControllerModel model, Map<RefTarget, Map<String, Resource>> served,
                                              Function<String, Optional<BigDecimal>> undeclaredValidity) {
        RefTarget target = outpost.kind().spec().refs().get(model.servesField()).target();
        Map<String, Resource> declared = served.getOrDefault(target, Map.of());
        BigDecimal longest = null;
        for (JsonNode ref : outpost.spec().path(model.servesField())) {
            Resource p = declared.get(ref.asString(""));
            Optional<BigDecimal> validity;
            if (p == null) {
                validity = undeclaredValidity.apply(ref.asString("")); // offline: unknown, left out
            } else if (p.state() == State.ABSENT) {
                validity = Optional.empty();
            } else {
                // Authentik's value for a field the document leaves out is the adapter's (hours=1).
                validity = p.kind().adapter().sessionLifetime().map(l -> l.declared(p.spec()));
            }
            if (validity.isPresent() && (longest == null || validity.get().compareTo(longest) > 0)) {
                longest = validity.get();
            }
        }
        return longest;
    }

    static void report(Resource r, RuleId rule, Severity severity, Origin at, String message, BiConsumer<Resource, Diagnostic> sink) {
        if (!r.suppress().containsKey(rule.name())) {
            sink.accept(r, new Diagnostic(severity, at, message, rule.name()));
        }
    }
}
