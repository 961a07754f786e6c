package dev.akconf.config;

import dev.akconf.diag.Diagnostics;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.KindDefaults;
import dev.akconf.model.Suggest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a document's {@code akconf.io/ignore} (already shaped by the schema) into {@link FieldIgnore}s,
 * checking each field path against what plan compares: a spec field of the kind, or for an outpost
 * {@code config.<key>}. {@code config.kubernetes_json_patches} is taken whole: it is one value to
 * Authentik's controller (and to apply), so a component of it is not ignored apart. An unknown path
 * is an error with a did-you-mean, so a typo never silently ignores nothing.
 */
final class IgnoreFields {

    static final String KEY = "akconf.io/ignore";
    private static final JsonNode OUTPOST_CONFIG = outpostConfigSchema();

    private IgnoreFields() {
    }

    static List<FieldIgnore> read(Kind kind, YamlDocument doc, Diagnostics diags) {
        List<FieldIgnore> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        JsonNode list = doc.root().path(KEY);
        for (int i = 0; i < list.size(); i++) {
            String at = SourceMap.child(SourceMap.child("", KEY), i);
            String text = list.get(i).path("field").asString().strip();
            String problem = problem(kind, text);
            if (problem != null) {
                diags.error(doc.source().value(at + "/field"), problem);
                continue;
            }
            String pointer = dev.akconf.model.Paths.fromDotted(text);
            if (!seen.add(pointer)) {
                diags.error(doc.source().value(at + "/field"), "\"" + text + "\" is listed twice in " + KEY);
                continue;
            }
            out.add(new FieldIgnore(pointer, list.get(i).path("reason").asString().strip(), doc.source().value(at)));
        }
        return out;
    }

    /** Why {@code path} names nothing plan compares, or null when it is fine. */
    private static String problem(Kind kind, String path) {
        String[] parts = path.split("\\.", -1);
        List<String> fields = KindDefaults.specFields(kind, kind.spec().writable());
        if (!fields.contains(parts[0])) {
            return "\"" + parts[0] + "\" is not a spec field of " + kind.label() + Suggest.didYouMean(parts[0], fields);
        }
        if (parts.length == 1) {
            return null;
        }
        if (kind != Kind.OUTPOST || !parts[0].equals("config")) {
            return "\"" + path + "\": " + parts[0] + " is compared as one value; ignore \"" + parts[0] + "\" itself";
        }
        List<String> keys = names(OUTPOST_CONFIG);
        if (!keys.contains(parts[1])) {
            return "\"" + parts[1] + "\" is not an outpost config key" + Suggest.didYouMean(parts[1], keys);
        }
        if (parts.length == 2) {
            return null;
        }
        return "\"" + path + "\": config." + parts[1] + " is one value; ignore \"config." + parts[1] + "\"";
    }

    private static List<String> names(JsonNode properties) {
        List<String> out = new ArrayList<>();
        properties.propertyNames().forEach(out::add);
        return out;
    }

    private static JsonNode outpostConfigSchema() {
        try (InputStream in = IgnoreFields.class.getClassLoader().getResourceAsStream("schemas/outpost.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the jar: schemas/outpost.schema.json");
            }
            return JsonMapper.builder().build().readTree(in).at("/$defs/config/properties");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
