package dev.akconf.controller;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** What Authentik 2026.2.2's controller would do with one declared {@code kubernetes_json_patches} component. */
public sealed interface ComponentResult {

    /** The component name as declared (a key of {@code kubernetes_json_patches}). */
    String component();

    /**
     * The patch applies.
     *
     * @param generated the object Authentik generates, before the patch
     * @param patched   after the patch (a new tree)
     * @param condition when the controller acts only if the cluster allows it (a CRD that must exist)
     * @param dropped   JSON pointers the patch sets that Authentik's object model drops when it reads
     *                  the result back, so they never reach the cluster (known for the ServiceMonitor,
     *                  Traefik Middleware and HTTPRoute dataclasses; for the Kubernetes client models
     *                  of the Deployment and Service this is left to AK003's shape check)
     */
    record Applied(String component, JsonNode generated, JsonNode patched, Optional<String> condition,
                   List<String> dropped) implements ComponentResult {
    }

    /**
     * The patch fails: python jsonpatch raises at {@code error.opIndex()}.
     *
     * @param fixHint       what to write instead, for a person
     * @param notReconciled the components after this one in reconcile order that the controller then
     *                      never reaches in that run
     * @param condition     as in {@link Applied}
     */
    record Failed(String component, PatchError error, String fixHint, List<String> notReconciled,
                  Optional<String> condition) implements ComponentResult {
    }

    /**
     * Authentik never applies this patch.
     *
     * @param message why, for a person
     * @param source  the Authentik file (path at tag version/2026.2.2) that decides it
     */
    record NotActedOn(String component, NotActedReason reason, String message, String source) implements ComponentResult {
    }

    /**
     * Authentik acts on it, but akconf does not build this object (the Ingress and the HTTPRoute
     * depend on the outpost's providers), so the patch is not checked.
     */
    record Unchecked(String component, String message, String source) implements ComponentResult {
    }
}
