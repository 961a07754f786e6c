package dev.akconf.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The Kubernetes client's read-back of the patched Deployment, against what Python raised. */
class ClientModelsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static DryRunReport run(JsonNode patch) {
        ObjectNode config = JSON.createObjectNode().put("kubernetes_namespace", "authentik");
        config.putObject("kubernetes_json_patches").set("deployment", patch);
        return ControllerDryRun.run(new OutpostInput("forward-auth", "proxy", false, ServiceConnection.KUBERNETES, config,
                ReferenceObjectsTest.GOLDEN_UNKNOWNS));
    }

    @TestFactory
    Stream<DynamicTest> matchesTheClient() throws Exception {
        JsonNode fixture = ReferenceObjectsTest.resource("python-deserialize-cases.json");
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, JsonNode> c : fixture.get("cases").properties()) {
            JsonNode python = fixture.get("python").get(c.getKey());
            tests.add(DynamicTest.dynamicTest(c.getKey(), () -> {
                ComponentResult r = run(c.getValue()).component("deployment").orElseThrow();
                if (python.isNull()) {
                    assertInstanceOf(ComponentResult.Applied.class, r);
                } else {
                    PatchError e = assertInstanceOf(ComponentResult.Failed.class, r).error();
                    assertEquals(python.asString(), e.controllerSays());
                }
            }));
        }
        assertTrue(tests.size() >= 10);
        return tests.stream();
    }

    @Test
    void theOperationThatAddedTheBadValueIsBlamed() {
        DryRunReport r = run(JSON.readTree("""
                [{"op": "add", "path": "/spec/template/spec/volumes", "value": [{"name": "dshm", "emptyDir": {"medium": "Memory"}}]},
                 {"op": "add", "path": "/spec/template/spec/containers/0/volumeMounts", "value": [{"name": "dshm", "mountpath": "/dev/shm"}]},
                 {"op": "replace", "path": "/spec/replicas", "value": 2}]"""));
        ComponentResult.Failed f = assertInstanceOf(ComponentResult.Failed.class, r.component("deployment").orElseThrow());
        assertEquals(1, f.error().opIndex());
        assertEquals(PatchFailure.INVALID_OBJECT, f.error().kind());
        assertEquals("/spec/template/spec/containers/0/volumeMounts/0", f.error().at());
        assertEquals("/spec/template/spec/containers/0/volumeMounts/0 has no 'mountPath': the Kubernetes client cannot read the patched"
                + " object back (V1VolumeMount needs mountPath)", f.error().message());
        assertTrue(r.deployment().isEmpty());
    }
}
