package dev.akconf.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

/**
 * Starts a simulator per test (the incident seed unless overridden) and, after each test, checks
 * every response it sent against the OpenAPI schema (skipped when the schema file is absent).
 */
abstract class SimTestBase {

    static final String IMPLICIT_FLOW = "6d0e1c7a-1d2b-4c39-9a77-2f1f7f1e0a01";
    static final String INVALIDATION_FLOW = "6d0e1c7a-1d2b-4c39-9a77-2f1f7f1e0a02";
    static final String CERTIFICATE = "3f2c7d10-6a1e-4b8a-9c55-2d7e1f0a9b31";
    static final String EMBEDDED = "0f8e2a51-4b8e-4c4a-9a59-3b1f0d9e7c11";
    static final String SERVICE_CONNECTION = "5c2f1d0e-8f9b-4b0a-a3c1-7e6d5c4b3a21";
    static final String OPENID = "9a1b0000-0000-4000-8000-000000000001";
    /** The application domain-wide-catch-all (its pk is its pbm_uuid: what a binding targets). */
    static final String CATCH_ALL_APP = "b3c7a3f0-5a4e-4f0e-9a53-0d1c2e3f4a01";
    /** The group "authentik Admins" (is_superuser, akadmin a member). */
    static final String ADMINS = "1d6c2a0e-5b7f-4e3a-9c81-7a2b3c4d5e01";
    /** The expression policy "grafana office network". */
    static final String OFFICE_POLICY = "e2b4c6d8-1a3f-4e5b-9c7d-0f1e2d3c4b01";
    static final int AKADMIN = 1;
    static final int ALICE = 2;
    static final String[] MANAGED_MAPPINGS = {OPENID, "9a1b0000-0000-4000-8000-000000000002",
        "9a1b0000-0000-4000-8000-000000000003", "9a1b0000-0000-4000-8000-000000000004",
        "9a1b0000-0000-4000-8000-000000000005"};

    Simulator sim;
    Http http;
    /** The simulator's log lines, shown when a check fails. */
    final java.util.List<String> serverLog = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    SimState seed() {
        return SimState.incident();
    }

    @BeforeEach
    void startSimulator() {
        sim = Simulator.start(SimOptions.builder().seed(seed()).log(serverLog::add).build());
        http = new Http(sim);
    }

    @AfterEach
    void checkResponsesAndStop() {
        try {
            if (OpenApiContract.location().toFile().isFile()) {
                OpenApiContract.assertResponses(sim);
            }
            serverLog.stream().filter(l -> l.contains("failed")).findFirst().ifPresent(l -> {
                throw new AssertionError("simulator error: " + l);
            });
        } finally {
            sim.close();
        }
    }

    /** A valid ProxyProviderRequest body in forward_single mode, as JSON text. */
    static String provider(String name) {
        return Http.j("{'name': '" + name + "', 'authorization_flow': '" + IMPLICIT_FLOW + "', 'invalidation_flow': '"
                + INVALIDATION_FLOW + "', 'external_host': 'https://" + name.toLowerCase().replace(' ', '-')
                + ".example.com', 'mode': 'forward_single'}");
    }

    /** Creates a group and returns its pk. */
    String createGroup(String name) {
        Http.Resp r = http.post("/core/groups/", OpenApiContract.valid("GroupRequest", Http.j("{'name': '" + name + "'}")));
        assertEquals(201, r.status(), () -> String.valueOf(r.body()));
        return r.body().get("pk").stringValue();
    }

    /** Creates a binding of {@code subject} ("group", "user" or "policy") to a target and returns its pk. */
    String createBinding(String target, String subject, Object value, int order) {
        String v = value instanceof String ? "'" + value + "'" : String.valueOf(value);
        Http.Resp r = http.post("/policies/bindings/", OpenApiContract.valid("PolicyBindingRequest",
                Http.j("{'target': '" + target + "', '" + subject + "': " + v + ", 'order': " + order + "}")));
        assertEquals(201, r.status(), () -> String.valueOf(r.body()));
        return r.body().get("pk").stringValue();
    }

    /** Creates a provider and returns its pk. */
    int createProvider(String name) {
        Http.Resp r = http.post("/providers/proxy/", provider(name));
        assertEquals(201, r.status(), () -> String.valueOf(r.body()));
        return r.body().get("pk").intValue();
    }

    static void assertError(Http.Resp r, int status, String field, String message) {
        assertEquals(status, r.status(), () -> String.valueOf(r.body()));
        JsonNode messages = r.body().get(field);
        assertEquals("[\"" + message.replace("\"", "\\\"") + "\"]", String.valueOf(messages), () -> String.valueOf(r.body()));
    }

    static void assertDetail(Http.Resp r, int status, String detail) {
        assertEquals(status, r.status(), () -> String.valueOf(r.body()));
        assertEquals(detail, r.body().get("detail").stringValue());
    }
}
