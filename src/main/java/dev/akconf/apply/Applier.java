package dev.akconf.apply;

import dev.akconf.authentik.AuthentikClient;
import dev.akconf.authentik.AuthentikException;
import dev.akconf.authentik.RetryPolicy;
import dev.akconf.concurrent.Tasks;
import dev.akconf.diff.WriteVerifier;
import dev.akconf.live.ParallelReads;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.KindSpec;
import dev.akconf.plan.Action;
import dev.akconf.plan.Plan;
import dev.akconf.plan.ResourceChange;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Executes a plan: refuses it when Authentik has moved on since, then writes level by level
 * (providers, applications, outposts; deletes in reverse), stops at the first failure, and checks
 * afterwards that what was written took. It never decides what to change: that is the plan's job.
 */
public final class Applier {

    private final AuthentikClient client;
    private final SafeWrites writes;
    private final int concurrency;
    private java.util.function.Consumer<dev.akconf.live.ServerFacts> serverCheck;

    public Applier(AuthentikClient client, RetryPolicy retries, int concurrency) {
        this.client = client;
        this.writes = new SafeWrites(client, retries);
        this.concurrency = Math.max(1, concurrency);
    }

    /**
     * Substitutes, in place, the secrets a saved plan keeps only as {@code ${VAR}} text.
     *
     * @return the texts whose variables are not set (nothing may be written then)
     */
    public static List<String> resolveSecrets(Plan plan, dev.akconf.config.Interpolator env) {
        return resolveSecrets(plan, env, new ArrayList<>());
    }

    /** As {@link #resolveSecrets(Plan, dev.akconf.config.Interpolator)}, adding each value substituted to {@code resolved}. */
    public static List<String> resolveSecrets(Plan plan, dev.akconf.config.Interpolator env, java.util.Collection<String> resolved) {
        List<String> missing = new ArrayList<>();
        plan.changes().stream().filter(c -> c.desired() != null)
                .forEach(c -> missing.addAll(BodyRefs.resolveSecrets(c.desired(), env, resolved)));
        return missing;
    }

    /**
     * Also reads the server's version and the token's user with the first lists, refusing a
     * non-superuser's token (exit 4) and handing the facts to {@code seen} before any write. For a
     * saved plan; a fresh plan has checked both already.
     */
    public Applier checkingServer(java.util.function.Consumer<dev.akconf.live.ServerFacts> seen) {
        this.serverCheck = seen;
        return this;
    }

    public ApplyResult apply(Plan plan) {
        Set<Kind> touched = EnumSet.noneOf(Kind.class);
        plan.changes().stream().filter(StaleCheck::touches).forEach(c -> touched.add(c.kind()));
        LiveSnapshot before = LiveSnapshot.read(client, touched, serverCheck);
        List<String> stale = StaleCheck.check(plan, before);
        if (!stale.isEmpty()) {
            return ApplyResult.stale(stale);
        }

        Map<ResourceChange, ResourceOutcome> outcomes = new ConcurrentHashMap<>();
        Map<dev.akconf.kinds.ResourceKey, JsonNode> created = new ConcurrentHashMap<>();
        Map<ResourceChange, JsonNode> sent = new ConcurrentHashMap<>();
        AtomicBoolean failed = new AtomicBoolean();
        try (Tasks pool = Tasks.bounded("akconf-apply", concurrency)) {
            for (List<ResourceChange> level : levels(plan)) {
                // Groups may name each other as parents: that level runs one at a time, parents first.
                boolean sequential = level.get(0).kind() == Kind.GROUP;
                List<Future<?>> running = new ArrayList<>();
                for (ResourceChange c : sequential ? GroupOrder.parentsFirst(level) : level) {
                    Future<?> f = pool.start(() -> outcomes.put(c,
                            failed.get() ? skipped(c, "an earlier write failed") : write(c, before, created, sent, failed)));
                    if (sequential) {
                        await(f);
                    } else {
                        running.add(f);
                    }
                }
                for (Future<?> f : running) {
                    await(f);
                }
            }
        }

        List<ResourceOutcome> ordered = new ArrayList<>();
        Map<ResourceChange, ResourceOutcome> verified = verify(outcomes, sent, touched);
        for (ResourceChange c : plan.changes()) {
            ordered.add(verified.getOrDefault(c, ResourceOutcome.of(c.key(), c.action(), Outcome.UNCHANGED, c.id(), "")));
        }
        return new ApplyResult(ordered, List.of());
    }

    /** Writes of one level may run concurrently: nothing in a level references another of the same level. */
    private static List<List<ResourceChange>> levels(Plan plan) {
        List<List<ResourceChange>> levels = new ArrayList<>();
        // Renames first: a name they free may be taken by a create or another rename of this plan.
        levels.add(plan.changes().stream().filter(RenamesFirst::isEarlyRename).toList());
        for (Kind kind : Kind.values()) {
            levels.add(plan.changes().stream()
                    .filter(c -> c.kind() == kind && (c.action() == Action.CREATE || c.action() == Action.UPDATE)
                            && !RenamesFirst.isEarlyRename(c)).toList());
        }
        List<Kind> reverse = new ArrayList<>(List.of(Kind.values()));
        java.util.Collections.reverse(reverse);
        for (Kind kind : reverse) {
            levels.add(plan.changes().stream().filter(c -> c.kind() == kind && c.action() == Action.DELETE).toList());
        }
        levels.removeIf(List::isEmpty);
        return levels;
    }

    private ResourceOutcome write(ResourceChange c, LiveSnapshot before, Map<dev.akconf.kinds.ResourceKey, JsonNode> created,
                                  Map<ResourceChange, JsonNode> sent, AtomicBoolean failed) {
        KindSpec spec = c.kind().spec();
        try {
            ObjectNode desired = c.desired() == null ? null : (ObjectNode) BodyRefs.resolvePending(c.desired(), created);
            JsonNode result;
            switch (c.action()) {
                case CREATE -> {
                    ObjectNode body = c.kind() == Kind.OUTPOST ? outpostCreateBody(desired) : desired;
                    sent.put(c, body);
                    result = WriteAnswers.created(spec, "POST " + spec.listPath(), body,
                            writes.create(spec.listPath(), body, () -> findExisting(spec, c.key().identity(), body)));
                    created.put(c.key(), result.get("pk"));
                }
                case UPDATE -> {
                    ObjectNode live = before.byPk(c.kind(), c.id()).orElseThrow();
                    if (c.kind() == Kind.OUTPOST) {
                        // Read-modify-write as close to the write as possible: config is replaced wholesale.
                        live = liveObject(spec.itemPath(c.id()));
                    }
                    ObjectNode body = WriteBodies.patch(c, desired, live);
                    sent.put(c, body);
                    String path = spec.itemPath(live.path(spec.urlKeyField()).asString());
                    result = WriteAnswers.updated(spec, "PATCH " + path, c.id(), body, writes.patch(path, body));
                }
                case DELETE -> {
                    ObjectNode live = before.byPk(c.kind(), c.id()).orElseThrow();
                    writes.delete(spec.itemPath(live.path(spec.urlKeyField()).asString()));
                    result = null;
                }
                default -> throw new IllegalStateException("no write for " + c.action());
            }
            String id = result == null ? c.id() : result.path("pk").asString();
            return ResourceOutcome.of(c.key(), c.action(), Outcome.APPLIED, id, "");
        } catch (BodyRefs.Unresolved e) {
            return skipped(c, e.getMessage());
        } catch (AuthentikException e) {
            failed.set(true);
            return new ResourceOutcome(c.key(), c.action(), Outcome.FAILED, c.id(), e.getMessage(), e.fieldErrors(), List.of());
        }
    }

    /** One object read back (GET), refused unless it is an object. */
    private ObjectNode liveObject(String path) {
        JsonNode answer = client.get(path);
        if (answer instanceof ObjectNode o && dev.akconf.authentik.AnswerShape.isKey(o.get("pk"))) {
            return o;
        }
        throw new AuthentikException("unexpected answer to GET " + path + ": "
                + dev.akconf.authentik.AnswerShape.describe(answer) + ", not the object", AuthentikException.EXIT_API);
    }

    /** A new outpost gets the declared config keys over the server's defaults, as the web UI does. */
    private ObjectNode outpostCreateBody(ObjectNode desired) {
        ObjectNode body = desired.deepCopy();
        JsonNode defaults = client.get("/outposts/instances/default_settings/").path("config");
        body.set("config", WriteBodies.mergeConfig(defaults, desired.get("config")));
        return body;
    }

    /** The object a lost POST may have created: by natural key, or for a binding by target and subject. */
    private Optional<JsonNode> findExisting(KindSpec spec, String identity, JsonNode body) {
        Map<String, List<String>> query = new LinkedHashMap<>(spec.listQuery());
        if (spec.kind() == Kind.POLICY_BINDING) {
            String key = dev.akconf.diff.Pairing.bindingKey(body);
            query.put("target", List.of(body.path("target").asString()));
            return client.listAll(spec.listPath(), query).stream()
                    .filter(o -> key != null && key.equals(dev.akconf.diff.Pairing.bindingKey(o))).findFirst();
        }
        query.put(spec.identityFilter(), List.of(identity));
        return client.listAll(spec.listPath(), query).stream()
                .filter(o -> identity.equals(o.path(spec.liveIdentity()).asString(null)))
                .findFirst();
    }

    /** Re-reads what was written and notes declared fields that did not take. */
    private Map<ResourceChange, ResourceOutcome> verify(Map<ResourceChange, ResourceOutcome> outcomes,
                                                        Map<ResourceChange, JsonNode> sent, Set<Kind> touched) {
        Map<ResourceChange, ResourceOutcome> out = new LinkedHashMap<>(outcomes);
        boolean anyWritten = outcomes.values().stream().anyMatch(o -> o.outcome() == Outcome.APPLIED && o.action() != Action.DELETE);
        if (!anyWritten) {
            return out;
        }
        LiveSnapshot after;
        Set<String> defaultMappings;
        // The managed-mapping list does not depend on the re-read: both at once.
        try (ParallelReads reads = new ParallelReads()) {
            Future<Set<String>> mappings = touched.contains(Kind.PROXY_PROVIDER) ? reads.start(this::defaultMappingPks) : null;
            after = LiveSnapshot.read(client, touched);
            defaultMappings = mappings == null ? Set.of() : ParallelReads.await(mappings);
        }
        outcomes.forEach((c, o) -> {
            if (o.outcome() != Outcome.APPLIED || o.action() == Action.DELETE || !sent.containsKey(c)) {
                return;
            }
            after.byPk(c.kind(), o.id()).ifPresent(live -> {
                List<String> off = WriteVerifier.unconfirmed(c.kind().spec(), sent.get(c), live, defaultMappings);
                if (!off.isEmpty()) {
                    out.put(c, o.withUnconfirmed(off));
                }
            });
        });
        return out;
    }

    private Set<String> defaultMappingPks() {
        Set<String> pks = new HashSet<>();
        Map<String, List<String>> query = Map.of("managed", List.copyOf(dev.akconf.kinds.ProxyProviderAdapter.DEFAULT_MAPPINGS));
        client.listAll(dev.akconf.model.RefTarget.SCOPE_MAPPING.listPath(), query).forEach(m -> pks.add(m.path("pk").asString()));
        return pks;
    }

    private static ResourceOutcome skipped(ResourceChange c, String why) {
        return ResourceOutcome.of(c.key(), c.action(), Outcome.SKIPPED, c.id(), why);
    }

    private static void await(Future<?> f) {
        Tasks.await(f, e -> new AuthentikException("interrupted", AuthentikException.EXIT_API));
    }
}
