package dev.akconf.controller;

/**
 * The Python exception that python {@code jsonpatch} 1.33 / {@code jsonpointer} 3.0.0 raise (the
 * versions in Authentik 2026.2.2's {@code uv.lock}), and whether Authentik's controller catches it.
 *
 * <p>{@code authentik/outposts/controllers/k8s/base.py} {@code get_patched_reference_object} catches
 * only {@code JsonPatchException} and its subclasses ({@code JsonPatchConflict},
 * {@code JsonPatchTestFailed}, {@code InvalidJsonPatch}) and re-raises them as
 * {@code ControllerException("JSON Patch failed: ...")}, which {@code authentik/outposts/tasks.py}
 * {@code outpost_controller} records as the task's error. {@code JsonPointerException} (a plain
 * {@code Exception} in {@code jsonpointer}), {@code TypeError}, {@code ValueError} (also what the
 * Kubernetes client raises reading the patched object back) and dacite's errors escape every
 * handler: the controller task crashes, and dramatiq retries it up to {@code worker.task_max_retries}
 * (5) times, failing alike ({@code authentik/root/settings.py}, {@code authentik/lib/default.yml}).
 * Either way the reconcile loop in {@code authentik/outposts/controllers/kubernetes.py}
 * {@code up_with_logs} stops at that component.
 */
public enum PyError {
    JsonPointerException(false),
    JsonPatchConflict(true),
    JsonPatchTestFailed(true),
    InvalidJsonPatch(true),
    TypeError(false),
    ValueError(false),
    /** dacite, reading a patched custom resource back into Authentik's dataclass (a field of the wrong type). */
    WrongTypeError(false),
    /** dacite, likewise (a field without default missing). */
    MissingValueError(false);

    private final boolean caughtByController;

    PyError(boolean caughtByController) {
        this.caughtByController = caughtByController;
    }

    /** True when base.py turns it into {@code ControllerException("JSON Patch failed: ...")}. */
    public boolean caughtByController() {
        return caughtByController;
    }
}
