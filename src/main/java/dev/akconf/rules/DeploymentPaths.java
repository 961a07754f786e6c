package dev.akconf.rules;

import dev.akconf.model.Paths;
import dev.akconf.model.Suggest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shape of a Kubernetes Deployment, deep enough to catch a misspelt JSON-patch path
 * ({@code /spec/template/spec/volume}) that would otherwise fail only when Authentik's controller
 * applies it, hours later, in a log nobody reads. Below the listed fields anything goes.
 */
final class DeploymentPaths {

    /** A node of the shape: named fields (an object), items (a list), or anything. */
    private record Node(Map<String, Node> fields, Node items) {
        static final Node ANY = new Node(null, null);

        static Node object(Map<String, Node> fields) {
            return new Node(fields, null);
        }

        static Node list(Node items) {
            return new Node(null, items);
        }
    }

    private static final Set<String> CONTAINER_FIELDS = Set.of("args", "command", "env", "envFrom", "image",
            "imagePullPolicy", "lifecycle", "livenessProbe", "name", "ports", "readinessProbe", "resizePolicy", "resources",
            "restartPolicy", "securityContext", "startupProbe", "stdin", "stdinOnce", "terminationMessagePath",
            "terminationMessagePolicy", "tty", "volumeDevices", "volumeMounts", "workingDir");
    private static final Set<String> POD_FIELDS = Set.of("activeDeadlineSeconds", "affinity", "automountServiceAccountToken",
            "containers", "dnsConfig", "dnsPolicy", "enableServiceLinks", "ephemeralContainers", "hostAliases", "hostIPC",
            "hostNetwork", "hostPID", "hostUsers", "hostname", "imagePullSecrets", "initContainers", "nodeName", "nodeSelector",
            "os", "overhead", "preemptionPolicy", "priority", "priorityClassName", "readinessGates", "resourceClaims",
            "resources", "restartPolicy", "runtimeClassName", "schedulerName", "schedulingGates", "securityContext",
            "serviceAccount", "serviceAccountName", "setHostnameAsFQDN", "shareProcessNamespace", "subdomain",
            "terminationGracePeriodSeconds", "tolerations", "topologySpreadConstraints", "volumes");
    private static final Set<String> META_FIELDS = Set.of("annotations", "labels", "name", "namespace", "finalizers",
            "generateName", "ownerReferences");

    private static final Node DEPLOYMENT = deployment();

    private DeploymentPaths() {
    }

    private static Node deployment() {
        Node container = Node.list(Node.object(anyFields(CONTAINER_FIELDS)));
        Map<String, Node> pod = new java.util.HashMap<>(anyFields(POD_FIELDS));
        pod.put("containers", container);
        pod.put("initContainers", container);
        Node meta = Node.object(anyFields(META_FIELDS));
        Node template = Node.object(Map.of("metadata", meta, "spec", Node.object(pod)));
        Map<String, Node> spec = new java.util.HashMap<>(anyFields(Set.of("minReadySeconds", "paused",
                "progressDeadlineSeconds", "replicas", "revisionHistoryLimit", "selector", "strategy")));
        spec.put("template", template);
        return Node.object(Map.of("apiVersion", Node.ANY, "kind", Node.ANY, "metadata", meta, "spec", Node.object(spec)));
    }

    private static Map<String, Node> anyFields(Set<String> names) {
        Map<String, Node> out = new java.util.HashMap<>();
        names.forEach(n -> out.put(n, Node.ANY));
        return out;
    }

    /** Why {@code pointer} cannot exist in a Deployment, or empty when it can. */
    static Optional<String> problem(String pointer) {
        if (pointer.isEmpty()) {
            return Optional.empty();
        }
        Node node = DEPLOYMENT;
        StringBuilder at = new StringBuilder();
        for (String raw : pointer.substring(1).split("/", -1)) {
            String segment = Paths.unescape(raw);
            if (node.fields() != null) {
                Node next = node.fields().get(segment);
                if (next == null) {
                    return Optional.of("\"" + segment + "\" is not a field at " + (at.length() == 0 ? "the top of a Deployment" : at)
                            + Suggest.didYouMean(segment, node.fields().keySet()));
                }
                node = next;
            } else if (node.items() != null) {
                if (!segment.equals("-") && !segment.matches("0|[1-9][0-9]*")) {
                    return Optional.of("\"" + segment + "\" at " + at + " must be a list index or -, because " + at + " is a list");
                }
                node = node.items();
            } else {
                return Optional.empty();
            }
            at.append('/').append(segment);
        }
        return Optional.empty();
    }
}
