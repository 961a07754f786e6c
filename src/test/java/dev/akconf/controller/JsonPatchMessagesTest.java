package dev.akconf.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The person-worded side of a failure, beside Python's own text (checked in JsonPatchPythonParityTest). */
class JsonPatchMessagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNode DOC = JSON.readTree("{\"spec\": {\"replicas\": 1, \"containers\": [{\"name\": \"proxy\"}]}}");

    private static PatchError fail(String op) {
        PatchOutcome o = JsonPatch.apply(DOC, JSON.readTree("[{\"op\": \"test\", \"path\": \"/spec/replicas\", \"value\": 1}, " + op + "]"));
        PatchError e = assertInstanceOf(PatchOutcome.Failed.class, o).error();
        assertEquals(1, e.opIndex());
        return e;
    }

    @Test
    void replaceOfAMissingMember() {
        PatchError e = fail("{\"op\": \"replace\", \"path\": \"/spec/paused\", \"value\": true}");
        assertEquals(PyError.JsonPatchConflict, e.exception());
        assertEquals("JSON Patch failed: can't replace a non-existent object 'paused'", e.controllerSays());
        assertEquals("operation 1 (replace /spec/paused): /spec has no member 'paused' to replace", e.describe());
        assertEquals("use add: replace needs /spec/paused to exist, and the generated Deployment has none",
                FixHints.hint(e, Component.DEPLOYMENT));
    }

    @Test
    void anIndexPastTheEnd() {
        PatchError e = fail("{\"op\": \"add\", \"path\": \"/spec/containers/1/env\", \"value\": []}");
        assertEquals("JsonPointerException: index '1' is out of bounds", e.controllerSays());
        assertEquals("/spec/containers has 1 element, so index 1 does not exist", e.message());
        assertEquals("/spec/containers/1", e.at());
        assertEquals("JsonPointerException: index '1' ...", e.controllerSays(35));
        assertEquals(e.controllerSays(), e.controllerSays(500));
    }

    @Test
    void aFailedTest() {
        PatchError e = fail("{\"op\": \"test\", \"path\": \"/spec/containers/0/name\", \"value\": \"ldap\"}");
        assertEquals("JSON Patch failed: proxy (<class 'str'>) is not equal to tested value ldap (<class 'str'>)", e.controllerSays());
        assertEquals("test of /spec/containers/0/name failed: the value there is 'proxy', not 'ldap'", e.message());
    }

    @Test
    void aMalformedOperationFailsBeforeAnyApplies() {
        PatchOutcome o = JsonPatch.apply(DOC, JSON.readTree("[{\"op\": \"remove\", \"path\": \"/nope\"}, {\"op\": \"add\", \"path\": \"spec\"}]"));
        PatchError e = assertInstanceOf(PatchOutcome.Failed.class, o).error();
        assertEquals(1, e.opIndex(), "JsonPatch.__init__ checks every operation before applying the first");
        assertEquals("JsonPointerException: Location must start with /", e.controllerSays());
    }

    @Test
    void nestedMissingMembersGetTheWholeValue() {
        PatchError e = fail("{\"op\": \"add\", \"path\": \"/spec/template/metadata/annotations\", \"value\": {\"a\": \"b\"}}");
        assertEquals("add the whole object with path /spec/template: {\"op\": \"add\", \"path\": \"/spec/template\", "
                + "\"value\": {\"metadata\":{\"annotations\":{\"a\":\"b\"}}}} (the generated Deployment has no /spec/template, "
                + "and a patch creates nothing on the way)", FixHints.hint(e, Component.DEPLOYMENT));
    }
}
