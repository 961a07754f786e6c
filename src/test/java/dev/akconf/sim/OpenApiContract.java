package dev.akconf.sim;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Validates JSON against Authentik 2026.2.2's OpenAPI component schemas (loaded once from
 * {@code $AKCONF_OPENAPI} or {@code ../shared/reference/authentik-openapi-2026.2.2.yml}), and checks
 * every request a {@link Simulator} recorded against its operation's request and response schemas.
 * When the schema file is absent, every call skips the calling test.
 */
public final class OpenApiContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static volatile OpenApiContract instance;

    static {
        // networknt logs through SLF4J; without a provider SLF4J prints a warning to stderr.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }

    private final ObjectNode defs;
    private final JsonNode paths;
    private final JsonNode responses;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private OpenApiContract(JsonNode openapi) {
        this.defs = OpenApiSchemas.convertAll(openapi.path("components").path("schemas"));
        this.paths = openapi.path("paths");
        this.responses = openapi.path("components").path("responses");
    }

    /** Where the schema is looked for. */
    public static Path location() {
        String env = System.getenv("AKCONF_OPENAPI");
        return env != null && !env.isBlank() ? Path.of(env)
                : Path.of("..", "shared", "reference", "authentik-openapi-2026.2.2.yml");
    }

    /** The loaded contract; skips the calling test when the schema file is missing. */
    public static OpenApiContract get() {
        Path file = location();
        Assumptions.assumeTrue(Files.isRegularFile(file),
                "OpenAPI schema not found at " + file.toAbsolutePath() + "; contract tests skipped");
        OpenApiContract c = instance;
        if (c == null) {
            synchronized (OpenApiContract.class) {
                if (instance == null) {
                    try {
                        instance = new OpenApiContract(YAMLMapper.builder().build().readTree(file.toFile()));
                    } catch (RuntimeException e) {
                        throw new IllegalStateException("cannot read " + file, e);
                    }
                }
                c = instance;
            }
        }
        return c;
    }

    /** Schema violations of {@code node} against {@code #/components/schemas/<component>}. */
    public List<String> violations(String component, JsonNode node) {
        if (!defs.has(component)) {
            return List.of("no component schema " + component);
        }
        Schema schema = schemas.computeIfAbsent(component, name -> {
            ObjectNode root = JSON.createObjectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("$defs", defs);
            root.put("$ref", "#/$defs/" + name);
            return registry.getSchema(SchemaLocation.of("https://akconf.test/openapi/" + name + ".json"), root);
        });
        List<String> out = new ArrayList<>();
        for (Error e : schema.validate(node)) {
            out.add(component + ": " + e);
        }
        return out;
    }

    /** Asserts {@code node} is a valid {@code component}. */
    public static void assertValid(String component, JsonNode node) {
        List<String> v = get().violations(component, node);
        if (!v.isEmpty()) {
            throw new AssertionError(String.join("\n", v) + "\nin: " + node);
        }
    }

    /** {@link #assertValid(String, JsonNode)} for JSON text. */
    public static void assertValid(String component, String json) {
        assertValid(component, JSON.readTree(json));
    }

    /**
     * Every contract violation among the requests {@code sim} recorded: each request body against its
     * operation's request schema, each response body against the schema of its status (404, 405,
     * 415 and 503, which the schema does not declare, against GenericError).
     */
    public static List<String> check(Simulator sim) {
        return get().checkAll(sim.requests(), true);
    }

    /** Like {@link #check(Simulator)} but for responses only (tests that send invalid bodies on purpose). */
    public static List<String> checkResponses(Simulator sim) {
        return get().checkAll(sim.requests(), false);
    }

    /** Fails with every violation {@link #check(Simulator)} finds. */
    public static void assertContract(Simulator sim) {
        fail(check(sim));
    }

    /** Fails with every violation {@link #checkResponses(Simulator)} finds. */
    public static void assertResponses(Simulator sim) {
        fail(checkResponses(sim));
    }

    /** Asserts {@code json} is a valid {@code component} and returns it (for request bodies in tests). */
    public static String valid(String component, String json) {
        assertValid(component, json);
        return json;
    }

    private static void fail(List<String> violations) {
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " contract violation(s):\n" + String.join("\n", violations));
        }
    }

    List<String> checkAll(List<SimRequest> requests, boolean requestBodies) {
        List<String> out = new ArrayList<>();
        for (SimRequest r : requests) {
            String where = r.method() + " " + r.path() + " (#" + r.index() + ", " + r.status() + "): ";
            Operations.Operation op = Operations.find(paths, r.method(), r.apiPath());
            if (op == null) {
                if (r.status() > 0 && r.status() < 400) {
                    out.add(where + "no such operation in the OpenAPI schema");
                }
                if (r.responseBody() != null) {
                    violations("GenericError", JSON.readTree(r.responseBody())).forEach(v -> out.add(where + v));
                }
                continue;
            }
            if (requestBodies && r.body() != null && op.requestSchema() != null) {
                violations(op.requestSchema(), JSON.readTree(r.body())).forEach(v -> out.add(where + "request " + v));
            }
            if (r.status() == 0) {
                continue;
            }
            String responseSchema = op.responseSchema(r.status(), responses);
            if (r.status() == 204) {
                if (r.responseBody() != null) {
                    out.add(where + "204 with a body");
                }
            } else if (r.responseBody() == null) {
                out.add(where + "no response body");
            } else if (responseSchema == null) {
                out.add(where + "status " + r.status() + " is not documented and not a generic error");
            } else {
                violations(responseSchema, JSON.readTree(r.responseBody())).forEach(v -> out.add(where + "response " + v));
            }
        }
        return out;
    }
}
