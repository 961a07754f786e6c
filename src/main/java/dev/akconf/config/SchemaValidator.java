package dev.akconf.config;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.akconf.concurrent.Tasks;
import dev.akconf.diag.Diagnostic;
import dev.akconf.diag.Diagnostics;
import dev.akconf.kinds.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.FutureTask;

/**
 * Validates one document against its kind's JSON Schema (draft 2020-12, loaded from the jar) and turns
 * every schema error into a diagnostic at the offending key or value.
 */
public final class SchemaValidator {

    static {
        // networknt logs through SLF4J; with no provider bound, SLF4J prints a three-line warning to
        // stderr. akconf has nothing to log from it, so silence SLF4J's own reporter unless asked.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }

    /** Built at first use (about 60 ms of networknt's start-up), on the preloading thread when there is one. */
    private SchemaRegistry registry;
    private final SchemaFiles files = new SchemaFiles();
    private final SchemaMessages messages = new SchemaMessages(files);
    /** Each schema is compiled once, by whichever thread needs it first; others wait for that one. */
    private final Map<String, FutureTask<Schema>> schemas = new ConcurrentHashMap<>();
    private Thread preloading;
    private volatile boolean validating;

    /**
     * Compiles the kinds' schemas on a background thread (about 0.15 s on a cold JVM) while the caller
     * parses YAML, the kinds most configurations declare first. It stops once validation has begun: a
     * small configuration is validated before all six could compile, and compiles what it needs itself
     * rather than wait behind schemas it does not use. The registry's caches are concurrent maps.
     */
    public synchronized void preloadInBackground() {
        if (preloading != null) {
            return;
        }
        List<Kind> order = new java.util.ArrayList<>(List.of(Kind.PROXY_PROVIDER, Kind.APPLICATION, Kind.OUTPOST));
        for (Kind kind : Kind.values()) {
            if (!order.contains(kind)) {
                order.add(kind);
            }
        }
        preloading = Tasks.background("akconf-schemas", () -> {
            for (Kind kind : order) {
                if (validating) {
                    return;
                }
                try {
                    schema(kind.schemaFile());
                } catch (RuntimeException e) {
                    // Compiled again, and reported, if a document needs it.
                }
            }
        });
    }

    /** Adds a diagnostic per schema violation; returns true when the document is valid. */
    public boolean validate(Kind kind, YamlDocument doc, Diagnostics diags) {
        return validate(kind.schemaFile(), doc, diags);
    }

    /** Validates against {@code schemas/<schemaFile>}, e.g. the Settings document's schema. */
    public boolean validate(String schemaFile, YamlDocument doc, Diagnostics diags) {
        validating = true;
        List<Error> errors = schema(schemaFile).validate(doc.root());
        Set<String> seen = new HashSet<>();
        for (Error error : errors) {
            Diagnostic d = messages.toDiagnostic(error, doc);
            if (seen.add(d.toString())) {
                diags.add(d);
            }
        }
        return errors.isEmpty();
    }

    private synchronized SchemaRegistry registry() {
        if (registry == null) {
            registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        }
        return registry;
    }

    private Schema schema(String file) {
        FutureTask<Schema> mine = new FutureTask<>(() -> registry().getSchema(SchemaLocation.of(SchemaFiles.BASE + file)));
        FutureTask<Schema> task = schemas.putIfAbsent(file, mine);
        if (task == null) {
            task = mine;
            task.run();
        }
        try {
            return Tasks.await(task, e -> new IllegalStateException("interrupted while compiling schema " + file, e));
        } catch (RuntimeException | java.lang.Error e) {
            // A failed compile is not kept: the next document needing it tries again and reports the same
            // error (an interrupted wait leaves the compile to its thread).
            if (task.isDone()) {
                schemas.remove(file, task);
            }
            throw e;
        }
    }
}
