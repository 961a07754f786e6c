package dev.akconf.plan;

import dev.akconf.concurrent.Tasks;
import dev.akconf.config.Resource;
import dev.akconf.diff.Paired;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.FutureTask;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@link Fingerprint}s of the live objects a plan pairs with, computed on a second thread while
 * the planner diffs: SHA-256 runs without its CPU intrinsic under the CLI's C1-only JIT, about 0.1 s
 * per 2,000 objects on a cold JVM. Each is computed once, by whichever thread gets to it first, so
 * the planner never waits for the background thread to reach the one it needs.
 */
final class Fingerprints {

    private final Map<ObjectNode, FutureTask<String>> tasks = new IdentityHashMap<>();

    private Fingerprints() {
    }

    /** Starts fingerprinting every matched object, in plan order. */
    static Fingerprints start(List<Paired> pairs) {
        Fingerprints f = new Fingerprints();
        List<FutureTask<String>> queue = new ArrayList<>();
        for (Paired p : pairs) {
            Resource r = p.resource();
            Optional<ObjectNode> match = p.live();
            if (match.isPresent() && !f.tasks.containsKey(match.get())) {
                ObjectNode live = match.get();
                FutureTask<String> task = new FutureTask<>(() -> Fingerprint.of(r.kind().spec(), live));
                f.tasks.put(live, task);
                queue.add(task);
            }
        }
        if (queue.size() > 1) {
            Tasks.background("akconf-fingerprints", () -> queue.forEach(FutureTask::run));
        }
        return f;
    }

    /** The fingerprint of {@code live}, computing it here if the background thread has not started it. */
    String of(ObjectNode live) {
        FutureTask<String> task = tasks.get(live);
        if (task == null) {
            throw new IllegalArgumentException("not a matched object");
        }
        task.run(); // no-op when already done or running elsewhere
        return Tasks.await(task, e -> new IllegalStateException("interrupted while fingerprinting", e));
    }
}
