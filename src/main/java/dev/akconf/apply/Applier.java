package dev.akconf.apply;

import dev.akconf.authentik.AuthentikClient;
import dev.akconf.authentik.AuthentikException;
import dev.akconf.authentik.RetryPolicy;
import dev.akconf.concurrent.Tasks;
import dev.akconf.diff.Pairing;
import dev.akconf.diff.WriteVerifier;
import dev.akconf.kinds.FieldNormalizer;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.KindSpec;
import dev.akconf.live.LiveIndex;
import dev.akconf.live.LiveReader;
import dev.akconf.model.RefTarget;
import dev.akconf.plan.Action;
import dev.akconf.plan.Plan;
import dev.akconf.plan.ResourceChange;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
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
     * A plan whose secrets a saved plan keeps only as {@code ${VAR}} text are substituted (the given
     * plan is left as it is), and the texts whose variables are not set (nothing may be written then).
     */
    public record Substituted(Plan plan, List<String> missing) {
        public Substituted {
            missing = List.copyOf(missing);
        }
    }

    /** {@code plan} with its secrets substituted from {@code env}, adding each value substituted to {@code resolved}. */
    public static Substituted substituteSecrets(Plan plan, dev.akconf.config.Interpolator env, java.util.Collection<String> resolved) {
        List<String> missing = new ArrayList<>();
        List<ResourceChange> changes = new ArrayList<>();
        for (ResourceChange c : plan.changes()) {
            changes.add(c.desired() == null ? c : c.withDesired((ObjectNode) BodyRefs.withSecrets(c.desired(), env, missing, resolved)));
        }
        return new Substituted(plan.withChanges(changes), missing);
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
        LiveIndex before = new LiveReader(client).lists(touched, Map.of(), serverCheck);
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
                // A kind naming its own objects (groups their parents) runs one at a time, those first.
                boolean sequential = ParentOrder.applies(level.get(0).kind());
                List<Future<?>> running = new ArrayList<>();
                for (ResourceChange c : sequential ? ParentOrder.parentsFirst(level) : level) {
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

    private ResourceOutcome write(ResourceChange c, LiveIndex before, Map<dev.akconf.kinds.ResourceKey, JsonNode> created,
                                  Map<ResourceChange, JsonNode> sent, AtomicBoolean failed) {
        KindSpec spec = c.kind().spec();
        try {
            ObjectNode desired = c.desired() == null ? null : (ObjectNode) BodyRefs.resolvePending(c.desired(), created);
            JsonNode result;
            switch (c.action()) {
                case CREATE -> {
                    ObjectNode body = WriteBodies.create(c.kind(), desired, client::get);
                    sent.put(c, body);
                    result = WriteAnswers.created(spec, "POST " + spec.listPath(), body,
                            writes.create(spec.listPath(), body, () -> findExisting(spec, c.key(), body)));
                    created.put(c.key(), result.get("pk"));
                }
                case UPDATE -> {
                    ObjectNode live = before.byPk(c.kind(), c.id()).orElseThrow();
                    if (WriteBodies.mergesLive(c.kind())) {
                        // Read-modify-write as close to the write as possible: a keyed field is replaced wholesale.
                        live = liveObject(spec.itemPath(live.path(spec.urlKeyField()).asString()));
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

    /** The object a lost POST may have created: by the list query of its kind, matched by identity as plan pairs it. */
    private Optional<JsonNode> findExisting(KindSpec spec, dev.akconf.kinds.ResourceKey key, JsonNode body) {
        String identity = Pairing.identity(key, body);
        if (identity == null) {
            return Optional.empty();
        }
        Map<String, List<String>> query = new LinkedHashMap<>(spec.listQuery());
        query.putAll(spec.kind().adapter().createdQuery(identity, body));
        return client.listAll(spec.listPath(), query).stream()
                .filter(o -> identity.equals(spec.kind().adapter().identity(o)))
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
        // The tables the kinds' normalizers read do not depend on the re-read: all at once.
        Map<RefTarget, Map<String, List<String>>> tables = new EnumMap<>(RefTarget.class);
        touched.forEach(k -> tables.putAll(k.adapter().normalizerTables()));
        LiveIndex after = new LiveReader(client).lists(touched, tables, null);
        Map<Kind, FieldNormalizer> normalizers = new EnumMap<>(Kind.class);
        touched.forEach(k -> normalizers.put(k, k.adapter().normalizer(after)));
        outcomes.forEach((c, o) -> {
            if (o.outcome() != Outcome.APPLIED || o.action() == Action.DELETE || !sent.containsKey(c)) {
                return;
            }
            after.byPk(c.kind(), o.id()).ifPresent(live -> {
                List<String> off = WriteVerifier.unconfirmed(c.kind().spec(), sent.get(c), live, normalizers.get(c.kind()));
                if (!off.isEmpty()) {
                    out.put(c, o.withUnconfirmed(off));
                }
            });
        });
        return out;
    }

    private static ResourceOutcome skipped(ResourceChange c, String why) {
        return ResourceOutcome.of(c.key(), c.action(), Outcome.SKIPPED, c.id(), why);
    }

    private static void await(Future<?> f) {
        Tasks.await(f, e -> new AuthentikException("interrupted", AuthentikException.EXIT_API));
    }
}
