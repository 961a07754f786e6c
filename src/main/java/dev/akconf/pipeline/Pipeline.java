package dev.akconf.pipeline;

import dev.akconf.apply.Applier;
import dev.akconf.apply.ApplyResult;
import dev.akconf.authentik.AuthentikClient;
import dev.akconf.authentik.RetryPolicy;
import dev.akconf.config.ConfigLoader;
import dev.akconf.config.Interpolator;
import dev.akconf.config.LoadedConfig;
import dev.akconf.config.Resource;
import dev.akconf.diag.Diagnostics;
import dev.akconf.kinds.ResourceKey;
import dev.akconf.live.LiveReader;
import dev.akconf.live.LiveState;
import dev.akconf.model.RefTarget;
import dev.akconf.plan.Plan;
import dev.akconf.plan.PlanJson;
import dev.akconf.plan.Planner;
import dev.akconf.rules.ConfigRules;
import dev.akconf.rules.LiveOutpostRules;
import dev.akconf.rules.PlanRules;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one sequence every command runs (gitops-engine's {@code pkg/engine} as the model):
 * load → rules → read → plan → gate → apply → verify. Each stage is a method that takes the previous
 * stage's value and returns its own; none prints: each tells {@link Events} what the command's view
 * shows, and returns empty where the run must stop. {@link #apply} takes only a plan the gate
 * approved ({@link Gate.Approved}), so no command can write around the {@code --allow} rules.
 * The other stages' packages are called from here only, one call site each.
 */
public final class Pipeline {

    private final Function<String, String> env;
    private final String akconfVersion;
    private final Events events;

    /**
     * @param env           environment variables, for {@code ${VAR}} in the configuration and a saved plan
     * @param akconfVersion recorded in each plan
     */
    public Pipeline(Function<String, String> env, String akconfVersion, Events events) {
        this.env = env;
        this.akconfVersion = akconfVersion;
        this.events = events;
    }

    /**
     * Load and rules, for the commands that report them as their result (validate, demo's first step):
     * the configuration with every diagnostic, valid or not; no event.
     *
     * @param strict {@code --strict}: every warning counts as an error
     */
    public LoadedConfig check(List<Path> paths, boolean strict) {
        return rules(new ConfigLoader(env).load(paths), strict);
    }

    /**
     * As {@link #check(List, boolean)}, with some files' texts given instead of read (refresh checks
     * what it would write before it writes it).
     *
     * @param texts file label → its new text
     */
    public LoadedConfig check(List<Path> paths, Map<String, String> texts) {
        return rules(new ConfigLoader(env).load(paths, texts), false);
    }

    private static LoadedConfig rules(LoadedConfig loaded, boolean strict) {
        Diagnostics diags = loaded.diagnostics();
        if (!diags.hasErrors()) {
            // Guardrails judge a configuration that is otherwise sound; on a broken one they would guess.
            ConfigRules.check(loaded.resources(), loaded.settings(), diags);
        }
        if (strict) {
            diags = diags.strict();
        }
        return new LoadedConfig(loaded.resources(), loaded.settings(), diags, loaded.files(), loaded.documents());
    }

    /** Load and rules before Authentik is asked anything: the configuration, or empty when it is invalid. */
    public Optional<LoadedConfig> load(List<Path> paths, boolean strict) {
        LoadedConfig loaded = check(paths, strict);
        events.loaded(loaded);
        return loaded.diagnostics().hasErrors() ? Optional.empty() : Optional.of(loaded);
    }

    /** Read: what Authentik holds, with the configuration's secrets masked in anything the client quotes. */
    public LiveState read(LoadedConfig config, AuthentikClient client) {
        client.alsoMask(Secrets.of(config.resources()));
        LiveState live = new LiveReader(client).read(config.resources());
        events.server(live.serverVersion(), live.target());
        return live;
    }

    /**
     * Load, rules, read and plan for the read-only commands (plan, drift): {@code connect} opens the
     * client only once the configuration is valid, and the client is closed before this returns.
     */
    public Optional<Plan> plan(List<Path> paths, boolean strict, Set<String> allowed, Supplier<AuthentikClient> connect) {
        Optional<LoadedConfig> loaded = load(paths, strict);
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        try (AuthentikClient client = connect.get()) {
            return plan(loaded.get(), client, allowed, strict);
        }
    }

    /**
     * Read again, for refresh: the lists of reference tables the first read did not need (the UI chose
     * a value where the configuration says null, or made an object pointing where it does not), added
     * to {@code live}'s references so that names, not pks, are written.
     */
    public void readTables(LiveState live, AuthentikClient client, Set<RefTarget> targets) {
        for (RefTarget target : targets) {
            live.refs().add(target, LiveReader.table(client, target));
        }
    }

    /** Read and plan, as plan, apply -c, drift and demo run them. */
    public Optional<Plan> plan(LoadedConfig config, AuthentikClient client, Set<String> allowed, boolean strict) {
        return plan(config, read(config, client), allowed, strict);
    }

    /**
     * Plan with its guardrail findings (AK002 on the changes, the outpost rules again on what Authentik
     * holds), or empty when references or the live outpost rules prevent one.
     *
     * @param allowed rules whose findings the reviewer accepted ({@code --allow}), recorded in the plan
     * @param strict  {@code --strict}: the live outpost rules' warnings count as errors too
     */
    public Optional<Plan> plan(LoadedConfig config, LiveState live, Set<String> allowed, boolean strict) {
        Diagnostics diags = new Diagnostics();
        Plan plan = compare(config, live, diags);
        Map<ResourceKey, Resource> byKey = new HashMap<>();
        config.resources().forEach(r -> byKey.put(r.key(), r));
        plan = plan.withFindings(PlanRules.check(plan, byKey, config.settings(), live), allowed);
        // The outpost rules again, on what Authentik holds (managed marker, service connection, stored config).
        LiveOutpostRules.check(config.resources(), config.settings(), live, diags);
        if (strict) {
            diags = diags.strict();
        }
        events.planned(diags);
        return diags.hasErrors() ? Optional.empty() : Optional.of(plan);
    }

    /**
     * The comparison alone, without guardrails: for refresh, which writes files and never Authentik.
     * Errors (an unresolvable reference) are added to {@code diags}.
     */
    public Plan compare(LoadedConfig config, LiveState live, Diagnostics diags) {
        return new Planner(akconfVersion).plan(config.resources(), live, Instant.now(), diags);
    }

    /**
     * A saved plan made ready for apply: the secrets it keeps as {@code ${VAR}} text substituted from
     * the environment and masked in the client, sensitive identities restored.
     */
    public SavedPlan saved(Plan plan, AuthentikClient client) {
        Set<String> substituted = new LinkedHashSet<>();
        Applier.Substituted resolved = Applier.substituteSecrets(plan, new Interpolator(env), substituted);
        Plan restored = PlanJson.withSecretIdentities(resolved.plan());
        client.alsoMask(Secrets.of(restored, substituted));
        return new SavedPlan(restored, resolved.missing());
    }

    /** The gate before any write: protected changes need {@code --allow}, at plan time or now. */
    public Gate gate(Plan plan, Set<String> allowed) {
        Gate gate = Gate.judge(plan, allowed);
        if (!gate.blocking().isEmpty()) {
            events.refused(gate.blocking());
        }
        return gate;
    }

    /**
     * Apply and verify: the stale check, the writes in dependency order, each read back.
     *
     * @param recheckServer a saved plan: read the server's version and the token's user again first
     */
    public ApplyResult apply(Gate.Approved approved, AuthentikClient client, RetryPolicy retry, int concurrency,
                             boolean recheckServer) {
        Applier applier = new Applier(client, retry, concurrency);
        if (recheckServer) {
            // A saved plan was checked when it was made; the token and server may differ now.
            applier.checkingServer(facts -> events.server(facts.version(), client.apiBaseUrl()));
        }
        return applier.apply(approved.plan());
    }

    /**
     * @param plan    the saved plan, its secrets substituted
     * @param missing the {@code ${VAR}} texts whose variables are not set: nothing may be written then
     */
    public record SavedPlan(Plan plan, List<String> missing) {
        public SavedPlan {
            missing = List.copyOf(missing);
        }
    }
}
