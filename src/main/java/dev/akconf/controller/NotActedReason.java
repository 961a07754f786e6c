package dev.akconf.controller;

/** Why Authentik 2026.2.2's controller never applies a declared patch component. */
public enum NotActedReason {
    /** The managed embedded outpost: the reconciler's {@code noop} is {@code is_embedded} (deployment, secret, servicemonitor). */
    EMBEDDED_OUTPOST,
    /** Listed in {@code kubernetes_disabled_components} ({@code authentik/outposts/controllers/kubernetes.py up_with_logs} skips it). */
    COMPONENT_DISABLED,
    /** A component name Authentik has, but not for this outpost type (e.g. ingress on an LDAP outpost). */
    TYPE_HAS_NO_COMPONENT,
    /** No reconciler has this name ({@code kubernetes_json_patches} keys are matched exactly). */
    UNKNOWN_COMPONENT,
    /** A Docker connection or none: the Kubernetes controller never runs ({@code authentik/outposts/tasks.py controller_for_outpost}). */
    NO_KUBERNETES_CONNECTION,
    /** No controller exists for the outpost's type ({@code tasks.py controller_for_outpost} returns None). */
    UNKNOWN_TYPE,
    /** The reconciler is a no-op for this config (HTTPRoute without {@code kubernetes_httproute_parent_refs}). */
    NOOP_FOR_CONFIG,
    /** An earlier component's patch fails: the reconcile loop stops there and never reaches this one. */
    EARLIER_COMPONENT_FAILED
}
