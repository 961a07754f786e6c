package dev.akconf.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The RFC 6902 conformance suite (json-patch/json-patch-tests, {@code tests.json} and
 * {@code spec_tests.json}), read from {@code $AKCONF_JSON_PATCH_TESTS} or
 * {@code ../shared/reference/json-patch-tests} like {@code sim/OpenApiContract} finds the OpenAPI
 * file; every case runs, {@code disabled} ones are skipped as the suite says.
 *
 * <p>Where python jsonpatch 1.33 on jsonpointer 3.0.0 (Authentik 2026.2.2's {@code uv.lock})
 * deliberately or by a bug gives another answer, {@link #PYTHON_DIFFERS} names the case and the
 * reason, and the test checks Python's answer instead (generated with those two versions).
 */
class JsonPatchConformanceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Python's answer where it departs from the suite: file#index → why (and Python's result). */
    private static final Map<String, Deviation> PYTHON_DIFFERS = Map.of(
            "tests.json#12", new Deviation("replace array document with object document?",
                    "AddOperation.apply compares `part > len(subobj)` with part None when the root is a list: TypeError",
                    PyError.TypeError),
            "tests.json#87", new Deviation("test with bad array number that has leading zeros",
                    "jsonpointer 3.0.0 checks indexes with re.match('0|[1-9][0-9]*$'), so '00' is index 0 (fullmatch came in 3.1.0)",
                    null),
            "tests.json#88", new Deviation("test with bad array number that has leading zeros",
                    "jsonpointer 3.0.0 checks indexes with re.match('0|[1-9][0-9]*$'), so '01' is index 1 (fullmatch came in 3.1.0)",
                    null));

    /** @param pythonRaises the exception Python raises, or null when Python applies the patch */
    private record Deviation(String comment, String reason, PyError pythonRaises) {
    }

    static Path suiteDir() {
        String env = System.getenv("AKCONF_JSON_PATCH_TESTS");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "shared", "reference", "json-patch-tests");
    }

    @TestFactory
    Stream<DynamicTest> testsJson() throws Exception {
        return cases("tests.json");
    }

    @TestFactory
    Stream<DynamicTest> specTestsJson() throws Exception {
        return cases("spec_tests.json");
    }

    private Stream<DynamicTest> cases(String file) throws Exception {
        Path path = suiteDir().resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(path), "conformance suite not found at " + path.toAbsolutePath());
        JsonNode suite = JSON.readTree(path.toFile());
        assertTrue(suite.size() > 10, "suite " + path + " looks empty");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < suite.size(); i++) {
            JsonNode c = suite.get(i);
            String id = file + "#" + i;
            String name = id + " " + c.path("comment").asString("");
            tests.add(DynamicTest.dynamicTest(name, () -> run(id, c)));
        }
        return tests.stream();
    }

    private static void run(String id, JsonNode c) {
        Assumptions.assumeFalse(c.path("disabled").asBoolean(false), "disabled in the suite");
        PatchOutcome outcome = JsonPatch.apply(c.get("doc"), c.get("patch"));
        Deviation d = PYTHON_DIFFERS.get(id);
        if (d != null) {
            assertEquals(d.comment(), c.path("comment").asString(""), id + " is no longer the case the deviation describes");
            if (d.pythonRaises() != null) {
                assertEquals(d.pythonRaises(), assertInstanceOf(PatchOutcome.Failed.class, outcome, d.reason()).error().exception());
            } else {
                assertInstanceOf(PatchOutcome.Patched.class, outcome, d.reason());
            }
            return;
        }
        if (c.has("error")) {
            assertInstanceOf(PatchOutcome.Failed.class, outcome, "expected an error: " + c.get("error").asString());
            return;
        }
        PatchOutcome.Patched patched = assertInstanceOf(PatchOutcome.Patched.class, outcome,
                () -> "expected success, got " + outcome);
        if (c.has("expected")) {
            assertTrue(PyValues.pyEquals(c.get("expected"), patched.document()),
                    () -> "expected " + c.get("expected") + " but got " + patched.document());
        }
    }
}
