package dev.akconf.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every conformance case and a set of edge cases (strings as sequences, leading zeros, malformed
 * operations, Python reprs in messages), checked against what python jsonpatch 1.33 on jsonpointer
 * 3.0.0 actually answered: the patched document, or the exception class and its exact
 * {@code str(exc)}. The fixture {@code controller/python-jsonpatch-cases.json} was generated once
 * with those versions; running the tests needs no Python.
 */
class JsonPatchPythonParityTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestFactory
    Stream<DynamicTest> matchesPython() throws Exception {
        JsonNode fixture;
        try (InputStream in = getClass().getResourceAsStream("/controller/python-jsonpatch-cases.json")) {
            fixture = JSON.readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : fixture.get("cases")) {
            tests.add(DynamicTest.dynamicTest(c.get("name").asString(), () -> check(c)));
        }
        assertTrue(tests.size() > 100);
        return tests.stream();
    }

    private static void check(JsonNode c) {
        JsonNode doc = c.get("doc");
        JsonNode before = doc.deepCopy();
        JsonNode patchBefore = c.get("patch").deepCopy();
        PatchOutcome outcome = JsonPatch.apply(doc, c.get("patch"));
        assertEquals(before, doc, "the input document was changed");
        assertEquals(patchBefore, c.get("patch"), "the patch was changed");
        JsonNode python = c.get("python");
        if (python.has("raises")) {
            PatchError e = assertInstanceOf(PatchOutcome.Failed.class, outcome, () -> "python raises " + python).error();
            assertEquals(python.get("raises").asString(), e.exception().name(), () -> e.toString());
            assertEquals(python.get("message").asString(), e.pythonMessage());
        } else {
            PatchOutcome.Patched p = assertInstanceOf(PatchOutcome.Patched.class, outcome, () -> "python applies it: " + outcome);
            assertTrue(PyValues.pyEquals(python.get("result"), p.document()),
                    () -> "python " + python.get("result") + " java " + p.document());
        }
    }
}
