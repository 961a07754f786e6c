package dev.akconf.controller;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.StringNode;

/**
 * Config keys that change nothing for an outpost, when set to something other than their
 * {@code OutpostConfig} default ({@code authentik/outposts/models.py}; Authentik stores every key
 * with its default, so a default value is not a declaration of intent).
 */
final class IneffectiveKeys {

    private static final String DEPLOYMENT = "authentik/outposts/controllers/k8s/deployment.py";
    private static final String DOCKER = "authentik/outposts/controllers/docker.py";

    /** key, default. Only these keys are judged; {@code kubernetes_namespace}'s default depends on the server. */
    private static final Object[][] KUBERNETES_KEYS = {
            {"kubernetes_replicas", IntNode.valueOf(1)},
            {"kubernetes_ingress_annotations", JsonNodeFactory.instance.objectNode()},
            {"kubernetes_ingress_secret_name", StringNode.valueOf("authentik-outpost-tls")},
            {"kubernetes_ingress_class_name", NullNode.getInstance()},
            {"kubernetes_ingress_path_type", NullNode.getInstance()},
            {"kubernetes_httproute_annotations", JsonNodeFactory.instance.objectNode()},
            {"kubernetes_httproute_parent_refs", JsonNodeFactory.instance.arrayNode()},
            {"kubernetes_service_type", StringNode.valueOf("ClusterIP")},
            {"kubernetes_disabled_components", JsonNodeFactory.instance.arrayNode()},
            {"kubernetes_image_pull_secrets", JsonNodeFactory.instance.arrayNode()},
    };
    private static final Object[][] DOCKER_KEYS = {
            {"docker_network", NullNode.getInstance()},
            {"docker_map_ports", BooleanNode.TRUE},
            {"docker_labels", NullNode.getInstance()},
    };

    private IneffectiveKeys() {
    }

    static List<IneffectiveKey> of(OutpostInput outpost, JsonNode patches) {
        List<IneffectiveKey> out = new ArrayList<>();
        JsonNode config = outpost.config();
        if (outpost.embedded()) {
            // The embedded outpost runs in the authentik server pods: deployment.py `noop` is is_embedded,
            // docker.py `up` returns for it. What only the Deployment or the container reads does nothing.
            String why = "the managed embedded outpost runs inside the authentik server: there is no outpost Deployment or container to ";
            // authentik/outposts/consumer.py reads kubernetes_replicas only as a metric label
            flag(out, config, "kubernetes_replicas", IntNode.valueOf(1),
                    why + "scale (Authentik only shows it as the expected number of connections)", DEPLOYMENT);
            flag(out, config, "kubernetes_image_pull_secrets", JsonNodeFactory.instance.arrayNode(), why + "pull an image for", DEPLOYMENT);
            flag(out, config, "container_image", NullNode.getInstance(), why + "run the image in", DEPLOYMENT);
            for (Object[] k : DOCKER_KEYS) {
                flag(out, config, (String) k[0], (JsonNode) k[1], why + "configure (" + DOCKER + " up returns for the embedded outpost)", DOCKER);
            }
        }
        ServiceConnection conn = outpost.connection();
        if (conn == ServiceConnection.DOCKER || conn == ServiceConnection.NONE) {
            String why = conn == ServiceConnection.DOCKER
                    ? "the outpost's service connection is Docker: only the Kubernetes controller reads kubernetes_* keys"
                    : "the outpost has no service connection: no controller reads kubernetes_* keys";
            for (Object[] k : KUBERNETES_KEYS) {
                flag(out, config, (String) k[0], (JsonNode) k[1], why, "authentik/outposts/tasks.py");
            }
            if (!outpost.embedded()) {
                flag(out, config, "container_image", NullNode.getInstance(),
                        conn == ServiceConnection.NONE ? "the outpost has no service connection: nothing deploys its image" : null,
                        "authentik/outposts/tasks.py");
            }
        }
        if (conn == ServiceConnection.KUBERNETES || conn == ServiceConnection.NONE) {
            String why = conn == ServiceConnection.KUBERNETES
                    ? "the outpost's service connection is Kubernetes: only the Docker controller reads docker_* keys"
                    : "the outpost has no service connection: no controller reads docker_* keys";
            for (Object[] k : DOCKER_KEYS) {
                if (!outpost.embedded()) {
                    flag(out, config, (String) k[0], (JsonNode) k[1], why, "authentik/outposts/tasks.py");
                }
            }
        }
        if (patches != null && !patches.isObject()) {
            out.add(new IneffectiveKey("kubernetes_json_patches",
                    "must map component names to lists of operations; Authentik's config check (dacite) rejects "
                            + PyPointer.describe(patches), "authentik/outposts/models.py"));
        }
        return out;
    }

    private static void flag(List<IneffectiveKey> out, JsonNode config, String key, JsonNode dflt, String why, String source) {
        JsonNode v = config.get(key);
        if (why == null || v == null || PyValues.pyEquals(v, dflt) || out.stream().anyMatch(k -> k.key().equals(key))) {
            return;
        }
        out.add(new IneffectiveKey(key, why, source));
    }
}
