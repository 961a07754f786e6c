package dev.akconf.plan;

import dev.akconf.config.Resource;
import dev.akconf.diag.Diagnostics;
import dev.akconf.diff.Differ;
import dev.akconf.diff.Pairing;
import dev.akconf.diff.Resolver;
import dev.akconf.live.LiveState;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.ResourceKey;
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

        // Objects that other declarations may reference pair by natural key first, so references to
        // the ones this plan creates can wait for their pks.
        Map<Resource, Optional<ObjectNode>> matches = new IdentityHashMap<>();
        Set<ResourceKey> toCreate = new HashSet<>();
        Pairing pairing = Pairing.index(live);
        dev.akconf.diff.Renames renames = new dev.akconf.diff.Renames();
        for (Resource r : ordered) {
            if (r.kind() == Kind.POLICY_BINDING) {
                continue;
            }
            Optional<ObjectNode> match = pairing.match(r);
            matches.put(r, match);
            renames.consider(r, match);
            if (r.state() == State.PRESENT && match.isEmpty()) {
                toCreate.add(r.key());
            }
        }
        Resolver resolver = new Resolver(live, toCreate, renames);
        Map<Resource, ObjectNode> resolved = new IdentityHashMap<>();
        for (Resource r : ordered) {
            resolved.put(r, resolver.resolve(r, diags));
        }
        // A binding has no name: it is the pair (target, subject), known only once both resolve to pks.
        for (Resource r : ordered) {
            if (r.kind() == Kind.POLICY_BINDING) {
                matches.put(r, pairing.matchBinding(resolved.get(r)));
            }
        }

        Fingerprints fingerprints = Fingerprints.start(ordered, matches);
        Differ differ = new Differ(live);
        List<ResourceChange> changes = new ArrayList<>();
        for (Resource r : ordered) {
            changes.add(change(r, matches.get(r), resolved.get(r), differ, fingerprints, diags));
        }
        return new Plan(akconfVersion, live.target(), live.serverVersion(), now, changes,
                Unmanageds.of(live, ordered, matches, resolved));
    }

    private static ResourceChange change(Resource r, Optional<ObjectNode> match, ObjectNode desired, Differ differ,
                                         Fingerprints fingerprints, Diagnostics diags) {
        String source = r.origin().toString();
        String id = match.map(o -> o.path("pk").asString()).orElse(null);
        String fingerprint = match.map(fingerprints::of).orElse(null);
        if (r.state() == State.ABSENT) {
            return new ResourceChange(r.key(), match.isPresent() ? Action.DELETE : Action.NO_OP, id, List.of(),
                    fingerprint, null, source, Map.of());
        }
        if (r.kind() == Kind.SCOPE_MAPPING && match.isPresent() && match.get().hasNonNull("managed")) {
            // Authentik's own mappings are rewritten by its blueprints on upgrade; akconf only references them.
            diags.error(r.document().source().value("/name"), "scope mapping \"" + r.key().shown() + "\" is Authentik's own (managed: "
                    + match.get().get("managed").asString() + "): reference it from property_mappings, do not declare it");
        }
        if (match.isEmpty() && r.kind() == Kind.OUTPOST && r.key().identity().equals(dev.akconf.kinds.OutpostAdapter.EMBEDDED_NAME)) {
            // Authentik's startup reconciler owns it; one created through the API would be a second,
            // unmanaged outpost of that name (authentik/outposts/apps.py, reconcile_embedded_outpost).
            diags.error(r.origin(), "the embedded outpost does not exist in Authentik (is "
                    + "AUTHENTIK_OUTPOSTS__DISABLE_EMBEDDED_OUTPOST set?); akconf updates it but never creates it");
        }
        if (match.isEmpty()) {
            return new ResourceChange(r.key(), Action.CREATE, null, differ.creation(r, desired), null, desired, source,
                    r.secretTemplates());
        }
        dev.akconf.diff.Comparison found = differ.compare(r, desired, match.get());
        return new ResourceChange(r.key(), found.changes().isEmpty() ? Action.NO_OP : Action.UPDATE, id, found.changes(),
                fingerprint, found.body(), source, r.secretTemplates(), found.ignored());
    }
}
