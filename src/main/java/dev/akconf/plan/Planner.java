package dev.akconf.plan;

import dev.akconf.config.Resource;
import dev.akconf.diag.Diagnostics;
import dev.akconf.diff.Comparison;
import dev.akconf.diff.Differ;
import dev.akconf.diff.Paired;
import dev.akconf.diff.Pairing;
import dev.akconf.kinds.KindProblem;
import dev.akconf.live.LiveState;
import dev.akconf.model.State;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        List<Paired> pairs = Pairing.pair(ordered, live, diags);
        Fingerprints fingerprints = Fingerprints.start(pairs);
        Differ differ = new Differ(live);
        List<ResourceChange> changes = new ArrayList<>();
        for (Paired p : pairs) {
            changes.add(change(p, differ, fingerprints, diags));
        }
        return new Plan(akconfVersion, live.target(), live.serverVersion(), now, changes, Unmanageds.of(live, pairs));
    }

    private static ResourceChange change(Paired p, Differ differ, Fingerprints fingerprints, Diagnostics diags) {
        Resource r = p.resource();
        Optional<ObjectNode> match = p.live();
        ObjectNode desired = p.resolved();
        String source = r.origin().toString();
        String id = match.map(o -> o.path("pk").asString()).orElse(null);
        String fingerprint = match.map(fingerprints::of).orElse(null);
        if (r.state() == State.ABSENT) {
            return new ResourceChange(r.key(), match.isPresent() ? Action.DELETE : Action.NO_OP, id, List.of(),
                    fingerprint, null, source, Map.of());
        }
        for (KindProblem problem : r.kind().adapter().planProblems(r.key(), match)) {
            diags.error(problem.pointer() == null ? r.origin() : r.document().source().value(problem.pointer()), problem.message());
        }
        if (match.isEmpty()) {
            return new ResourceChange(r.key(), Action.CREATE, null, differ.creation(r, desired), null, desired, source,
                    r.secretTemplates());
        }
        Comparison found = differ.compare(r, desired, match.get());
        return new ResourceChange(r.key(), found.changes().isEmpty() ? Action.NO_OP : Action.UPDATE, id, found.changes(),
                fingerprint, found.body(), source, r.secretTemplates(), found.ignored());
    }
}
