package dev.akconf.diag;

import dev.akconf.model.Origin;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Collects diagnostics instead of throwing, so one run reports every problem (Terraform's tfdiags habit).
 * Not thread-safe: each pipeline stage fills its own and hands it on.
 */
public final class Diagnostics {

    private static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparing((Diagnostic d) -> d.origin().file())
            .thenComparingInt(d -> d.origin().line())
            .thenComparingInt(d -> d.origin().column());

    private final List<Diagnostic> items = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void error(Origin origin, String message) {
        add(Diagnostic.error(origin, message));
    }

    public void warning(Origin origin, String message) {
        add(Diagnostic.warning(origin, message));
    }

    public void addAll(Diagnostics other) {
        items.addAll(other.items);
    }

    /** {@code --strict}: every warning becomes an error. */
    public Diagnostics strict() {
        Diagnostics out = new Diagnostics();
        items.forEach(d -> out.add(d.asError()));
        return out;
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return items.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return items.size() - errorCount();
    }

    /** Every diagnostic, sorted by file, line and column; stable for equal positions. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(BY_POSITION);
        return Collections.unmodifiableList(copy);
    }
}
