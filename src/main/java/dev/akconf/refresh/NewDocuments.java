package dev.akconf.refresh;

import dev.akconf.importer.DocumentWriter;
import dev.akconf.importer.FileLayout;
import dev.akconf.importer.ImportFindings;
import dev.akconf.importer.ImportOptions;
import dev.akconf.importer.ImportedDocument;
import dev.akconf.importer.Importer;
import dev.akconf.live.LiveState;
import dev.akconf.kinds.Kind;
import dev.akconf.plan.Unmanaged;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * The objects created in the UI (unmanaged, of declared kinds) as new documents, exactly as
 * {@code import} writes them: one file per kind, names not pks, Authentik's defaults left out.
 * They go to a directory of their own for a reviewer to move into the configuration; refresh never
 * adds them to the configuration's files itself.
 */
public final class NewDocuments {

    private NewDocuments() {
    }

    /**
     * @param schemaPath where the document schema is, relative to the directory the files go in
     * @return file name (e.g. {@code proxy-providers.yaml}) to its text, with how many documents it holds
     */
    public static Map<String, Written> files(LiveState live, List<Unmanaged> unmanaged, String schemaPath,
                                             Consumer<String> warn) {
        Map<Kind, Set<String>> pks = new EnumMap<>(Kind.class);
        unmanaged.forEach(u -> pks.computeIfAbsent(u.kind(), k -> new HashSet<>()).add(u.id()));
        Map<Kind, List<ObjectNode>> objects = new EnumMap<>(Kind.class);
        pks.forEach((kind, ids) -> {
            List<ObjectNode> chosen = new ArrayList<>();
            for (ObjectNode o : live.of(kind)) {
                if (ids.contains(o.path("pk").asString())) {
                    chosen.add(o);
                }
            }
            objects.put(kind, chosen);
        });
        LiveState only = new LiveState(live.target(), live.serverVersion(), objects, live.refs(), live.reads());
        List<ImportedDocument> docs = ImportFindings.reviewable(new Importer(only, ImportOptions.of(false), warn).documents(), warn);
        DocumentWriter writer = new DocumentWriter(schemaPath, header(live));
        Map<String, Written> out = new LinkedHashMap<>();
        FileLayout.files(docs, false).forEach((name, list) -> out.put(name, new Written(writer.file(list), list.size())));
        return out;
    }

    private static List<String> header(LiveState live) {
        List<String> lines = new ArrayList<>();
        lines.add("Created in Authentik's UI and not declared in the configuration (akconf refresh).");
        lines.add("Review: move the documents you keep into the configuration; apply leaves the rest alone.");
        // No time stamp: the same objects must write the same file, so a nightly run changes nothing new.
        lines.add("Authentik " + live.serverVersion() + ". Fields equal to Authentik's defaults are left out.");
        return lines;
    }

    /** A file's text and the number of documents in it. */
    public record Written(String text, int documents) {
    }
}
