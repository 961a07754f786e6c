package dev.akconf.plan;

import dev.akconf.config.Resource;
import dev.akconf.diag.Diagnostics;
import dev.akconf.diff.Differ;
import dev.akconf.diff.Pairing;
import dev.akconf.diff.Resolver;
import dev.akconf.live.LiveState;
import dev.akconf.model.Kind;
import dev.akconf.model.KindSpec;
import dev.akconf.model.KindSpecs;
import dev.akconf.model.State;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decides, for every declared resource, what apply would do, and lists what Authentik holds beyond
 * the configuration. Pure: it reads the configuration and a {@link LiveState} and writes nothing.
 */
public final class Planner {

    private final String akconfVersion;

    public Planner(String akconfVersion) {
        this.akconfVersion = akconfVersion;
    }

    /** The plan; reference problems go to {@code diags} and the caller must not use a plan with errors. */
    public Plan plan(List<Resource> resources, LiveState live, Instant now, Diagnostics diags) {
        List<Resource> ordered = new ArrayList<>(resources);
        ordered.sort(Comparator.comparing(Resource::kind)); // stable: file order within a kind

        Map<Resource, Optional<ObjectNode>> matches = new IdentityHashMap<>();
        Set<String> providersToCreate = new HashSet<>();
        Pairing pairing = Pairing.index(live);
        for (Resource r : ordered) {
            Optional<ObjectNode> match = pairing.match(r);
            matches.put(r, match);
            if (r.kind() == Kind.PROXY_PROVIDER && r.state() == State.PRESENT && match.isEmpty()) {
                providersToCreate.add(r.key().identity());
            }
        }

        Resolver resolver = new Resolver(live, providersToCreate);
        Differ differ = new Differ(live);
        List<ResourceChange> changes = new ArrayList<>();
        for (Resource r : ordered) {
            changes.add(change(r, matches.get(r), resolver, differ, diags));
        }
        Set<Kind> declared = java.util.EnumSet.noneOf(Kind.class);
        resources.forEach(r -> declared.add(r.kind()));
        return new Plan(akconfVersion, live.target(), live.serverVersion(), now, changes, unmanaged(live, declared, matches));
    }

    private static ResourceChange change(Resource r, Optional<ObjectNode> match, Resolver resolver, Differ differ,
                                         Diagnostics diags) {
        KindSpec spec = KindSpecs.of(r.kind());
        String source = r.origin().toString();
        String id = match.map(o -> o.path("pk").asString()).orElse(null);
        String fingerprint = match.map(o -> Fingerprint.of(spec, o)).orElse(null);
        if (r.state() == State.ABSENT) {
            return new ResourceChange(r.key(), match.isPresent() ? Action.DELETE : Action.NO_OP, id, List.of(),
                    fingerprint, null, source, Map.of());
        }
        ObjectNode desired = resolver.resolve(r, diags);
        if (match.isEmpty() && r.kind() == Kind.OUTPOST && r.key().identity().equals(KindSpecs.EMBEDDED_OUTPOST_NAME)) {
            // Authentik's startup reconciler owns it; one created through the API would be a second,
            // unmanaged outpost of that name (authentik/outposts/apps.py, reconcile_embedded_outpost).
            diags.error(r.origin(), "the embedded outpost does not exist in Authentik (is "
                    + "AUTHENTIK_OUTPOSTS__DISABLE_EMBEDDED_OUTPOST set?); akconf updates it but never creates it");
        }
        if (match.isEmpty()) {
            return new ResourceChange(r.key(), Action.CREATE, null, differ.creation(r, desired), null, desired, source,
                    r.secretTemplates());
        }
        List<FieldChange> fieldChanges = differ.diff(r, desired, match.get());
        return new ResourceChange(r.key(), fieldChanges.isEmpty() ? Action.NO_OP : Action.UPDATE, id, fieldChanges,
                fingerprint, desired, source, r.secretTemplates());
    }

    /** Live objects of the declared kinds that nothing declares; other kinds are not akconf's business here. */
    private static List<Unmanaged> unmanaged(LiveState live, Set<Kind> declared, Map<Resource, Optional<ObjectNode>> matches) {
        Set<ObjectNode> managed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        matches.values().forEach(m -> m.ifPresent(managed::add));
        List<Unmanaged> out = new ArrayList<>();
        for (Kind kind : declared) {
            KindSpec spec = KindSpecs.of(kind);
            for (ObjectNode o : live.of(kind)) {
                if (!managed.contains(o)) {
                    out.add(new Unmanaged(kind, o.path(spec.liveIdentity()).asString(), o.path("pk").asString()));
                }
            }
        }
        return out;
    }
}
