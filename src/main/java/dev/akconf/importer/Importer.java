package dev.akconf.importer;

import dev.akconf.live.LiveState;
import dev.akconf.kinds.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the documents for every object a {@link LiveState} holds: kinds in dependency order, each
 * kind sorted by name or slug, so importing the same Authentik twice writes the same files.
 */
public final class Importer {

    private static final Comparator<ImportedDocument> ORDER = Comparator
            .comparing((ImportedDocument d) -> d.kind())
            .thenComparing(ImportedDocument::identity, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(ImportedDocument::identity);

    private final LiveState live;
    private final SpecBuilder builder;

    /** @param warn receives one line per thing the import could not write faithfully */
    public Importer(LiveState live, ImportOptions options, Consumer<String> warn) {
        this.live = live;
        this.builder = new SpecBuilder(live, options, warn);
    }

    public List<ImportedDocument> documents() {
        List<ImportedDocument> out = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (ObjectNode o : live.of(kind)) {
                out.add(builder.build(kind, o));
            }
        }
        out.sort(ORDER);
        return out;
    }
}
