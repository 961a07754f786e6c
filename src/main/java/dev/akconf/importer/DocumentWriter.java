package dev.akconf.importer;

import dev.akconf.config.YamlDocument;
import dev.akconf.config.YamlLimits;
import dev.akconf.config.YamlReader;
import dev.akconf.diag.Diagnostics;
import dev.akconf.diff.JsonEquality;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes imported documents as one akconf YAML file: the editor's schema line and a header, then one
 * document per resource ({@code kind}, identity, {@code spec}) separated by {@code ---}, with their
 * comments. Every file is read back before it is handed out, so what import writes is what it meant.
 */
public final class DocumentWriter {

    private final List<String> header;

    /**
     * @param schemaPath where the document schema is, relative to the file
     * @param header     comment lines after the schema line (without {@code #})
     */
    public DocumentWriter(String schemaPath, List<String> header) {
        List<String> lines = new ArrayList<>();
        lines.add("# yaml-language-server: $schema=" + schemaPath);
        header.forEach(h -> lines.add(comment(h)));
        this.header = List.copyOf(lines);
    }

    public String file(List<ImportedDocument> documents) {
        List<String> lines = new ArrayList<>(header);
        for (int i = 0; i < documents.size(); i++) {
            if (i > 0) {
                lines.add("---");
            }
            document(lines, documents.get(i));
        }
        String text = String.join("\n", lines) + "\n";
        verify(text, documents);
        return text;
    }

    private static void document(List<String> lines, ImportedDocument d) {
        d.notes().forEach(n -> lines.add(comment(n)));
        lines.add("kind: " + Scalars.string(d.kind().label()));
        for (Map.Entry<String, JsonNode> k : keys(d).properties()) {
            YamlEmitter.entry(lines, "", k.getKey(), k.getValue());
        }
        if (!d.suppress().isEmpty()) {
            YamlEmitter.entry(lines, "", SUPPRESS, suppressions(d));
        }
        if (d.spec().isEmpty()) {
            lines.add("spec: {}");
            return;
        }
        lines.add("spec:");
        for (Map.Entry<String, JsonNode> e : d.spec().properties()) {
            d.comments().getOrDefault(e.getKey(), List.of()).forEach(c -> lines.add("  " + comment(c)));
            YamlEmitter.entry(lines, "  ", e.getKey(), e.getValue());
        }
    }

    /** The tree a document must read back as. */
    static ObjectNode tree(ImportedDocument d) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("kind", d.kind().label());
        root.setAll(keys(d));
        if (!d.suppress().isEmpty()) {
            root.set(SUPPRESS, suppressions(d));
        }
        root.set("spec", d.spec());
        return root;
    }

    private static void verify(String text, List<ImportedDocument> documents) {
        Diagnostics diags = new Diagnostics();
        List<YamlDocument> read = new YamlReader(YamlLimits.DEFAULT).read("import", text, diags);
        boolean same = !diags.hasErrors() && read.size() == documents.size();
        for (int i = 0; same && i < read.size(); i++) {
            same = JsonEquality.equal(tree(documents.get(i)), read.get(i).root());
        }
        if (!same) {
            throw new IllegalStateException("the YAML written for " + documents.stream().map(ImportedDocument::key).toList()
                    + " does not read back as the imported values");
        }
    }

    private static final String SUPPRESS = "akconf.io/suppress";

    private static ObjectNode suppressions(ImportedDocument d) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        d.suppress().forEach(out::put);
        return (ObjectNode) Escapes.escape(out);
    }

    /** The identity keys as YAML spells them: akconf substitutes ${VAR} there too. */
    private static ObjectNode keys(ImportedDocument d) {
        return (ObjectNode) Escapes.escape(d.keys());
    }

    /** One comment line; whatever came from Authentik cannot end it early or start a new line. */
    private static String comment(String text) {
        return text.isEmpty() ? "#" : "# " + text.replaceAll("[\\p{Cntrl}\u2028\u2029]", " ");
    }
}
