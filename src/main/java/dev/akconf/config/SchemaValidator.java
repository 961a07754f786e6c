package dev.akconf.config;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.akconf.diag.Diagnostic;
import dev.akconf.diag.Diagnostics;
import dev.akconf.model.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final SchemaFiles files = new SchemaFiles();
    private final SchemaMessages messages = new SchemaMessages(files);
    private final Map<String, Schema> schemas = new java.util.HashMap<>();
    private Thread preloading;

    /**
     * Compiles the kinds' schemas on a background thread (about 0.15 s on a cold JVM) while the caller
     * parses YAML. A validation needing a schema the thread has not reached compiles it itself; the
     * lock in {@link #schema} keeps each schema compiled once. The registry's caches are concurrent.
     */
    public synchronized void preloadInBackground() {
        if (preloading != null) {
            return;
        }
        preloading = new Thread(() -> {
            for (Kind kind : Kind.values()) {
                try {
                    schema(kind.schemaFile());
                } catch (RuntimeException e) {
                    // Compiled again, and reported, if a document needs it.
                }
            }
        }, "akconf-schemas");
        preloading.setDaemon(true);
        preloading.start();
    }

    /** Adds a diagnostic per schema violation; returns true when the document is valid. */
    public boolean validate(Kind kind, YamlDocument doc, Diagnostics diags) {
        return validate(kind.schemaFile(), doc, diags);
    }

    /** Validates against {@code schemas/<schemaFile>}, e.g. the Settings document's schema. */
    public boolean validate(String schemaFile, YamlDocument doc, Diagnostics diags) {
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

    private synchronized Schema schema(String file) {
        return schemas.computeIfAbsent(file, f -> registry.getSchema(SchemaLocation.of(SchemaFiles.BASE + f)));
    }
}
