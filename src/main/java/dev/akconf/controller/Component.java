package dev.akconf.controller;

import java.util.Arrays;
import java.util.Optional;

/**
 * The objects Authentik 2026.2.2's Kubernetes controller reconciles, by the name that
 * {@code kubernetes_json_patches} and {@code kubernetes_disabled_components} use: each
 * reconciler's {@code reconciler_name()}. Note the ServiceMonitor's name has a space.
 */
public enum Component {
    SECRET("secret", "Secret", "authentik/outposts/controllers/k8s/secret.py"),
    DEPLOYMENT("deployment", "Deployment", "authentik/outposts/controllers/k8s/deployment.py"),
    SERVICE("service", "Service", "authentik/outposts/controllers/k8s/service.py"),
    SERVICE_MONITOR("prometheus servicemonitor", "ServiceMonitor", "authentik/outposts/controllers/k8s/service_monitor.py"),
    INGRESS("ingress", "Ingress", "authentik/providers/proxy/controllers/k8s/ingress.py"),
    HTTPROUTE("httproute", "HTTPRoute", "authentik/providers/proxy/controllers/k8s/httproute.py"),
    TRAEFIK_MIDDLEWARE("traefik middleware", "Traefik Middleware", "authentik/providers/proxy/controllers/k8s/traefik.py");

    /** A reconciler's name, the Kubernetes kind it generates, and the Authentik file it is defined in. */
    private record Reconciler(String key, String objectKind, String source) {
    }

    private final Reconciler reconciler;

    Component(String key, String objectKind, String source) {
        this.reconciler = new Reconciler(key, objectKind, source);
    }

    /** The name in {@code kubernetes_json_patches} / {@code kubernetes_disabled_components}. */
    public String key() {
        return reconciler.key();
    }

    /** The Kubernetes kind it generates. */
    public String objectKind() {
        return reconciler.objectKind();
    }

    /** The Authentik file of its reconciler (path at tag version/2026.2.2). */
    public String source() {
        return reconciler.source();
    }

    /** The component with this exact name (Authentik compares names exactly, case included). */
    public static Optional<Component> byKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key().equals(key)).findFirst();
    }
}
