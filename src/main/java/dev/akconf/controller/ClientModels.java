package dev.akconf.controller;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * The step after the patch: authentik/outposts/controllers/k8s/base.py {@code get_patched_reference_object} reads the patched JSON
 * back with the Kubernetes python client ({@code ApiClient().deserialize(..., "V1Deployment")}),
 * outside its try block. The client's models raise {@code ValueError} for a required field that is
 * missing ({@code Invalid value for `name`, must not be `None`}) and for an integer field that
 * {@code int()} cannot read; nothing catches it, so the controller task fails like on a bad pointer.
 * Unknown fields, by contrast, are silently dropped (that is AK003's "did you mean" layer).
 *
 * <p>Only the models a patch of an outpost's Deployment or Service usually reaches are described,
 * with their attributes in the client's order (alphabetical by Python name), because the first
 * error Python meets is the one it raises: children are read before their parent is built.
 */
final class ClientModels {

    /** A model attribute: JSON key, and the model of its value (null: a primitive), whether a list, an int. */
    private record Attr(String python, String json, String model, boolean list, boolean integer) {
    }

    private record Model(List<Attr> attrs, List<String> required) {
    }

    private static Attr model(String python, String json, String model) {
        return new Attr(python, json, model, false, false);
    }

    private static Attr list(String python, String json, String model) {
        return new Attr(python, json, model, true, false);
    }

    private static Attr integer(String python, String json) {
        return new Attr(python, json, null, false, true);
    }

    private static Attr text(String python, String json) {
        return new Attr(python, json, null, false, false);
    }

    private static final Map<String, Model> MODELS = Map.ofEntries(
            Map.entry("V1Deployment", new Model(List.of(model("spec", "spec", "V1DeploymentSpec")), List.of())),
            Map.entry("V1DeploymentSpec", new Model(List.of(integer("replicas", "replicas"), model("selector", "selector", "V1LabelSelector"),
                    model("template", "template", "V1PodTemplateSpec")), List.of("selector", "template"))),
            Map.entry("V1LabelSelector", new Model(List.of(), List.of())),
            Map.entry("V1PodTemplateSpec", new Model(List.of(model("spec", "spec", "V1PodSpec")), List.of())),
            Map.entry("V1PodSpec", new Model(List.of(list("containers", "containers", "V1Container"),
                    list("init_containers", "initContainers", "V1Container"), model("security_context", "securityContext", "V1PodSecurityContext"),
                    list("volumes", "volumes", "V1Volume")), List.of("containers"))),
            Map.entry("V1Container", new Model(List.of(list("env", "env", "V1EnvVar"), text("name", "name"),
                    list("ports", "ports", "V1ContainerPort"), model("security_context", "securityContext", "V1SecurityContext"),
                    list("volume_mounts", "volumeMounts", "V1VolumeMount")), List.of("name"))),
            Map.entry("V1EnvVar", new Model(List.of(text("name", "name"), model("value_from", "valueFrom", "V1EnvVarSource")), List.of("name"))),
            Map.entry("V1EnvVarSource", new Model(List.of(model("config_map_key_ref", "configMapKeyRef", "V1ConfigMapKeySelector"),
                    model("secret_key_ref", "secretKeyRef", "V1SecretKeySelector")), List.of())),
            Map.entry("V1ConfigMapKeySelector", new Model(List.of(text("key", "key")), List.of("key"))),
            Map.entry("V1SecretKeySelector", new Model(List.of(text("key", "key")), List.of("key"))),
            Map.entry("V1ContainerPort", new Model(List.of(integer("container_port", "containerPort")), List.of("container_port"))),
            Map.entry("V1SecurityContext", new Model(List.of(model("seccomp_profile", "seccompProfile", "V1SeccompProfile")), List.of())),
            Map.entry("V1PodSecurityContext", new Model(List.of(model("seccomp_profile", "seccompProfile", "V1SeccompProfile")), List.of())),
            Map.entry("V1SeccompProfile", new Model(List.of(text("type", "type")), List.of("type"))),
            Map.entry("V1Volume", new Model(List.of(model("host_path", "hostPath", "V1HostPathVolumeSource"), text("name", "name"),
                    model("persistent_volume_claim", "persistentVolumeClaim", "V1PersistentVolumeClaimVolumeSource")), List.of("name"))),
            Map.entry("V1HostPathVolumeSource", new Model(List.of(text("path", "path")), List.of("path"))),
            Map.entry("V1PersistentVolumeClaimVolumeSource", new Model(List.of(text("claim_name", "claimName")), List.of("claim_name"))),
            Map.entry("V1VolumeMount", new Model(List.of(text("mount_path", "mountPath"), text("name", "name")), List.of("mount_path", "name"))),
            Map.entry("V1Service", new Model(List.of(model("spec", "spec", "V1ServiceSpec")), List.of())),
            Map.entry("V1ServiceSpec", new Model(List.of(list("ports", "ports", "V1ServicePort")), List.of())),
            Map.entry("V1ServicePort", new Model(List.of(integer("port", "port")), List.of("port"))));

    /** Where the read-back fails: the pointer of the object, the Python message, and what a person should do. */
    record Problem(String at, String pythonMessage, String human) {
    }

    private ClientModels() {
    }

    /** The first error {@code ApiClient().deserialize} raises on a patched Deployment or Service, if any. */
    static Optional<Problem> check(Component c, JsonNode patched) {
        String root = c == Component.DEPLOYMENT ? "V1Deployment" : c == Component.SERVICE ? "V1Service" : null;
        return root == null ? Optional.empty() : Optional.ofNullable(read(patched, root, JsonPointer.empty()));
    }

    /** {@code __deserialize_model}: read each present attribute in order, then build (required fields checked). */
    private static Problem read(JsonNode data, String modelName, JsonPointer at) {
        Model model = MODELS.get(modelName);
        boolean container = data.isObject() || data.isArray();
        for (Attr a : model.attrs()) {
            if (!container || !present(data, a.json())) {
                continue;
            }
            JsonNode value = data.get(a.json());
            if (value == null) {
                // `key in list` matched but list[key] cannot index with a string
                return new Problem(at.toString(), "TypeError: list indices must be integers or slices, not str",
                        (at.toString().isEmpty() ? "the object" : at.toString()) + " is a list where the Kubernetes client expects an object");
            }
            Problem p = value.isNull() ? null : readValue(value, a, at.appendProperty(a.json()));
            if (p != null) {
                return p;
            }
        }
        for (String required : model.required()) {
            Attr a = model.attrs().stream().filter(x -> x.python().equals(required)).findFirst().orElseThrow();
            if (!container || !data.isObject() || !data.has(a.json()) || data.get(a.json()).isNull()) {
                String where = at.toString().isEmpty() ? "the object" : at.toString();
                return new Problem(at.toString(), "ValueError: Invalid value for `" + required + "`, must not be `None`",
                        where + (data.isObject() ? " has no '" + a.json() + "'" : " is " + PyPointer.describe(data) + ", not an object with '"
                                + a.json() + "'") + ": the Kubernetes client cannot read the patched object back (" + modelName + " needs "
                                + a.json() + ")");
            }
        }
        return null;
    }

    private static Problem readValue(JsonNode value, Attr a, JsonPointer at) {
        if (a.integer()) {
            // __deserialize_primitive: int(data); a TypeError is swallowed, a ValueError is not
            if (value.isString() && !value.stringValue().strip().matches("[+-]?[0-9]+(_[0-9]+)*")) {
                return new Problem(at.toString(), "ValueError: invalid literal for int() with base 10: " + PyValues.reprString(value.stringValue()),
                        at + " is " + PyValues.repr(value) + ", not a whole number");
            }
            return null;
        }
        if (a.model() == null) {
            return null;
        }
        if (!a.list()) {
            return read(value, a.model(), at);
        }
        if (value.isObject()) {
            // a list comprehension over a dict walks its keys, each a string read as the model
            for (String key : value.propertyNames()) {
                Problem p = read(tools.jackson.databind.node.StringNode.valueOf(key), a.model(), at);
                if (p != null) {
                    return p;
                }
            }
            return null;
        }
        if (value.isString()) {
            // iterating a string yields its characters, each read as the model
            String t = value.stringValue();
            return t.isEmpty() ? null : read(tools.jackson.databind.node.StringNode.valueOf(t.substring(0, t.offsetByCodePoints(0, 1))), a.model(), at);
        }
        if (!value.isArray()) {
            return new Problem(at.toString(), "TypeError: '" + PyValues.typeName(value) + "' object is not iterable",
                    at + " is " + PyPointer.describe(value) + ", where the Kubernetes client expects a list");
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                Problem p = value.get(i).isNull() ? null : read(value.get(i), a.model(), at.appendIndex(i));
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /** {@code key in data}: a dict's keys, or a list's elements. */
    private static boolean present(JsonNode data, String key) {
        if (data.isObject()) {
            return data.has(key);
        }
        for (JsonNode e : data) {
            if (e.isString() && e.stringValue().equals(key)) {
                return true;
            }
        }
        return false;
    }
}
