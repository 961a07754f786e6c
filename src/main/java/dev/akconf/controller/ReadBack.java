package dev.akconf.controller;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * After the patch: {@code authentik/outposts/controllers/k8s/base.py get_patched_reference_object}
 * reads the patched JSON back into the object model, the Kubernetes client's ({@link ClientModels})
 * or Authentik's dataclasses ({@link Dataclasses}), outside its try block.
 */
final class ReadBack {

    private ReadBack() {
    }

    /**
     * The patch outcome, turned into a failure when the read-back raises (a missing required field,
     * a value of the wrong type). The operation blamed is the last one whose path (or {@code from})
     * is at, in or above the object that cannot be read.
     */
    static PatchOutcome check(Component c, PatchOutcome outcome, JsonNode patch) {
        if (!(outcome instanceof PatchOutcome.Patched p) || patch == null || !patch.isArray() || patch.isEmpty()) {
            return outcome;
        }
        Optional<ClientModels.Problem> problem = ClientModels.check(c, p.document());
        String root = Dataclasses.rootOf(c);
        if (problem.isEmpty() && root != null) {
            // from_dict(reference.__class__, data=ref): dacite's errors are not caught either
            Dataclasses.Result r = Dataclasses.readBack(root, p.document());
            if (r.error() != null) {
                problem = Optional.of(new ClientModels.Problem(r.errorAt(), r.error(), "Authentik cannot read the patched "
                        + c.objectKind() + " back into its dataclass: " + r.error().substring(r.error().indexOf(": ") + 2)));
            }
        }
        if (problem.isEmpty()) {
            return outcome;
        }
        String at = problem.get().at();
        int blame = patch.size() - 1;
        for (int i = patch.size() - 1; i >= 0; i--) {
            if (touches(patch.get(i).path("path").asString(""), at) || touches(patch.get(i).path("from").asString("\u0000"), at)) {
                blame = i;
                break;
            }
        }
        String python = problem.get().pythonMessage();
        int colon = python.indexOf(": ");
        PyError type = PyError.valueOf(python.substring(0, colon));
        return new PatchOutcome.Failed(new PatchError(blame, patch.get(blame), type, PatchFailure.INVALID_OBJECT,
                python.substring(colon + 2), problem.get().human(), at));
    }

    /** What the dataclass read-back drops ({@link Dataclasses}); unknown for the client models. */
    static List<String> dropped(Component c, JsonNode patched) {
        String root = Dataclasses.rootOf(c);
        return root == null ? List.of() : List.copyOf(Dataclasses.readBack(root, patched).dropped());
    }

    private static boolean touches(String path, String at) {
        return path.equals(at) || at.startsWith(path + "/") || path.startsWith(at + "/") || (path.isEmpty() && !at.isEmpty());
    }
}
