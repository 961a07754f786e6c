package dev.akconf.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The dataclass read-back of patched custom resources, against what dacite did. */
class DataclassesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestFactory
    Stream<DynamicTest> matchesDacite() throws Exception {
        JsonNode fixture = ReferenceObjectsTest.resource("python-dacite-cases.json");
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : fixture.get("cases")) {
            tests.add(DynamicTest.dynamicTest(c.get("component").asString() + " " + c.get("name").asString(), () -> {
                String component = c.get("component").asString();
                ObjectNode config = JSON.createObjectNode().put("kubernetes_namespace", "authentik");
                config.putObject("kubernetes_json_patches").set(component, c.get("patch"));
                DryRunReport r = ControllerDryRun.run(new OutpostInput("forward-auth", "proxy", false, ServiceConnection.KUBERNETES,
                        config, ReferenceObjectsTest.GOLDEN_UNKNOWNS), List.of(new ProxyProviderInfo("https://a.example.com", "forward_single")));
                ComponentResult result = r.component(component).orElseThrow();
                if (c.get("error").isNull()) {
                    ComponentResult.Applied a = assertInstanceOf(ComponentResult.Applied.class, result);
                    List<String> expected = new ArrayList<>();
                    c.get("dropped").forEach(p -> expected.add(p.asString()));
                    assertEquals(expected, a.dropped());
                } else {
                    PatchError e = assertInstanceOf(ComponentResult.Failed.class, result).error();
                    assertEquals(c.get("error").asString(), e.controllerSays());
                    assertEquals(PatchFailure.INVALID_OBJECT, e.kind());
                }
            }));
        }
        assertTrue(tests.size() >= 10);
        return tests.stream();
    }
}
