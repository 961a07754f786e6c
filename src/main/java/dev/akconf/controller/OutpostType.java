package dev.akconf.controller;

import java.util.List;
import java.util.Optional;

/**
 * Per outpost type, what its Kubernetes controller has: the ports ({@code deployment_ports}) and the
 * components in reconcile order.
 * <ul>
 * <li>Every controller starts from {@code authentik/outposts/controllers/kubernetes.py}
 * {@code KubernetesController}: secret, deployment, service, prometheus servicemonitor.</li>
 * <li>proxy ({@code authentik/providers/proxy/controllers/kubernetes.py}) appends ingress, httproute,
 * traefik middleware.</li>
 * <li>rac ({@code authentik/providers/rac/controllers/kubernetes.py}) deletes the service reconciler and
 * has no ports.</li>
 * <li>ldap and radius ({@code authentik/providers/{ldap,radius}/controllers/kubernetes.py}) only set ports.</li>
 * </ul>
 */
public enum OutpostType {
    PROXY("proxy", List.of(new Port(9000, "http", "tcp", null), new Port(9300, "http-metrics", "tcp", null),
            new Port(9443, "https", "tcp", null)),
            List.of(Component.SECRET, Component.DEPLOYMENT, Component.SERVICE, Component.SERVICE_MONITOR,
                    Component.INGRESS, Component.HTTPROUTE, Component.TRAEFIK_MIDDLEWARE),
            "authentik/providers/proxy/controllers/kubernetes.py"),
    LDAP("ldap", List.of(new Port(389, "ldap", "tcp", 3389), new Port(636, "ldaps", "tcp", 6636),
            new Port(9300, "http-metrics", "tcp", 9300)),
            List.of(Component.SECRET, Component.DEPLOYMENT, Component.SERVICE, Component.SERVICE_MONITOR),
            "authentik/providers/ldap/controllers/kubernetes.py"),
    RADIUS("radius", List.of(new Port(1812, "radius", "udp", 1812)),
            List.of(Component.SECRET, Component.DEPLOYMENT, Component.SERVICE, Component.SERVICE_MONITOR),
            "authentik/providers/radius/controllers/kubernetes.py"),
    RAC("rac", List.of(),
            List.of(Component.SECRET, Component.DEPLOYMENT, Component.SERVICE_MONITOR),
            "authentik/providers/rac/controllers/kubernetes.py");

    /** {@code authentik/outposts/controllers/base.py} {@code DeploymentPort}. */
    public record Port(int port, String name, String protocol, Integer innerPort) {
        /** {@code port.inner_port or port.port}. */
        int target() {
            return innerPort != null && innerPort != 0 ? innerPort : port;
        }
    }

    private final String type;
    private final List<Port> ports;
    private final List<Component> components;
    private final String source;

    OutpostType(String type, List<Port> ports, List<Component> components, String source) {
        this.type = type;
        this.ports = ports;
        this.components = components;
        this.source = source;
    }

    public String type() {
        return type;
    }

    public List<Port> ports() {
        return ports;
    }

    /** Its reconcilers, in the controller's reconcile order. */
    public List<Component> components() {
        return components;
    }

    /** The file defining its Kubernetes controller. */
    public String source() {
        return source;
    }

    /** The kind for an outpost {@code type} ({@code authentik/outposts/models.py} OutpostType). */
    public static Optional<OutpostType> of(String type) {
        for (OutpostType k : values()) {
            if (k.type.equals(type)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
