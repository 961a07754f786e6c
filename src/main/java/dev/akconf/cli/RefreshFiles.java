package dev.akconf.cli;

import dev.akconf.config.LoadedConfig;
import dev.akconf.diag.Diagnostic;
import dev.akconf.diag.Diagnostics;
import dev.akconf.importer.ImportValidation;
import dev.akconf.importer.SchemaLocation;
import dev.akconf.live.LiveState;
import dev.akconf.plan.Plan;
import dev.akconf.pipeline.Pipeline;
import dev.akconf.plan.Unmanaged;
import dev.akconf.refresh.Edit;
import dev.akconf.refresh.EditResult;
import dev.akconf.refresh.Leftovers;
import dev.akconf.refresh.NewDocuments;
import dev.akconf.refresh.Notice;
import dev.akconf.refresh.RefreshWork;
import dev.akconf.refresh.YamlEditor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The files one refresh would write: each configuration file's edited text, the new-documents files,
 * and what was left for a person. Nothing touches the disk until {@link #write()}, and that only
 * after {@link #verify} found the result valid and in step with Authentik.
 */
final class RefreshFiles {

    /** How a verification failure that is the configuration's (exit 3) starts. */
    static final String INVALID = "the refreshed configuration would not validate";

    private static final String BOM = "\uFEFF";

    /** File label to its new text, for the files that change. */
    private final Map<String, String> texts = new LinkedHashMap<>();
    /** Files whose every document was pruned: deleted rather than left as comments alone. */
    private final Set<String> emptied = new HashSet<>();
    /** New-documents file to its text, for those that change. */
    private final Map<Path, String> newFiles = new LinkedHashMap<>();
    /** Every changed file, as shown, to what changed in it. */
    private final Map<String, String> changed = new LinkedHashMap<>();
    private final List<Notice> notices = new ArrayList<>();
    private String broken;

    private RefreshFiles() {
    }

    Map<String, String> changed() {
        return changed;
    }

    List<Notice> notices() {
        return notices;
    }

    static RefreshFiles compute(RefreshWork work, LiveState live, List<Unmanaged> unmanaged, Path newDir, PrintWriter err) {
        RefreshFiles f = new RefreshFiles();
        f.notices.addAll(work.notices());
        for (Map.Entry<String, List<Edit>> e : work.edits().entrySet()) {
            f.edit(e.getKey(), e.getValue(), work);
        }
        if (!unmanaged.isEmpty()) {
            Map<String, NewDocuments.Written> files = NewDocuments.files(live, unmanaged, SchemaLocation.forDirectory(newDir),
                    w -> {
                        err.println("akconf: warning: " + dev.akconf.render.Safe.text(w));
                        err.flush();
                    });
            files.forEach((name, written) -> {
                Path path = newDir.resolve(name);
                if (!written.text().equals(existing(path))) {
                    f.newFiles.put(path, written.text());
                    f.changed.put(path.toString(), written.documents() + " new document(s) of objects created in the UI");
                }
            });
        }
        return f;
    }

    private void edit(String label, List<Edit> edits, RefreshWork work) {
        String text = existing(Path.of(label));
        if (text == null) {
            broken = label + ": cannot read the file";
            return;
        }
        boolean bom = text.startsWith(BOM);
        EditResult result;
        try {
            result = YamlEditor.apply(label, bom ? text.substring(1) : text, edits);
        } catch (IllegalStateException e) {
            broken = e.getMessage();
            return;
        }
        for (EditResult.Refusal r : result.refused()) {
            notices.add(new Notice(work.where().getOrDefault(r.edit(), label), r.edit().label(), r.reason()));
        }
        if (result.applied().isEmpty()) {
            return;
        }
        texts.put(label, (bom ? BOM : "") + result.text());
        long removed = result.applied().stream().filter(e -> e instanceof Edit.RemoveDocument).count();
        long values = result.applied().size() - removed;
        List<String> parts = new ArrayList<>();
        if (values > 0) {
            parts.add(values + (values == 1 ? " value" : " values"));
        }
        if (removed > 0) {
            parts.add(removed + (removed == 1 ? " document removed" : " documents removed"));
        }
        if (removed > 0 && declaresNothing(label, result.text())) {
            emptied.add(label);
            parts.add("the file is deleted (no document left)");
        }
        changed.put(label, String.join(", ", parts));
    }

    private static boolean declaresNothing(String label, String text) {
        Diagnostics diags = new Diagnostics();
        return new dev.akconf.config.YamlReader(dev.akconf.config.YamlLimits.DEFAULT).read(label, text, diags).stream()
                .allMatch(d -> d.root().isNull() || d.root().isString() && d.root().asString().isEmpty());
    }

    private static String existing(Path path) {
        try {
            return Files.isRegularFile(path) ? Files.readString(path, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Why the files must not be written, if they must not: they would not validate, or a plan of
     * them against the same live state would still find differences other than those left for a person.
     */
    static Optional<String> verify(Pipeline pipeline, List<Path> paths, RefreshFiles files, LiveState live) {
        if (files.broken != null) {
            return Optional.of("cannot edit " + files.broken);
        }
        LoadedConfig loaded = pipeline.check(paths, files.texts);
        Diagnostics diags = loaded.diagnostics();
        Map<String, String> labelled = new LinkedHashMap<>();
        files.newFiles.forEach((path, text) -> labelled.put(path.toString(), text));
        diags.addAll(ImportValidation.check(labelled));
        Optional<Diagnostic> error = diags.sorted().stream().filter(Diagnostic::isError).findFirst();
        if (error.isPresent()) {
            return Optional.of(INVALID + " (" + error.get().origin() + ": " + error.get().message() + ")");
        }
        Diagnostics planning = new Diagnostics();
        Plan plan = pipeline.compare(loaded, live, planning);
        Optional<Diagnostic> planError = planning.sorted().stream().filter(Diagnostic::isError).findFirst();
        if (planError.isPresent()) {
            return Optional.of("the refreshed configuration cannot be planned (" + planError.get().origin() + ": "
                    + planError.get().message() + ")");
        }
        Set<String> left = new HashSet<>();
        files.notices.forEach(n -> left.add(n.what()));
        List<String> still = Leftovers.unexpected(plan, left);
        if (!still.isEmpty()) {
            return Optional.of("a plan of the refreshed files would not be clean: " + String.join("; ", still)
                    + " (please report this as a bug)");
        }
        return Optional.empty();
    }

    /** Writes every changed file, each atomically. */
    void write() {
        // Every target checked before the first write, so a bad --out-new does not leave half a refresh.
        texts.keySet().forEach(label -> OutputFiles.check("-c", Path.of(label)));
        newFiles.keySet().forEach(path -> {
            OutputFiles.checkDirectory("--out-new", path.getParent() == null ? Path.of(".") : path.getParent(), List.of());
            OutputFiles.check("--out-new", path);
        });
        texts.forEach((label, text) -> {
            if (!emptied.contains(label)) {
                OutputFiles.write("-c", Path.of(label), text, true);
            }
        });
        for (String label : emptied) {
            try {
                Files.delete(Path.of(label));
            } catch (IOException e) {
                throw new OutputFileException("-c " + label + ": cannot delete: " + dev.akconf.diag.FileProblems.describe(e));
            }
        }
        newFiles.forEach((path, text) -> OutputFiles.write("--out-new", path, text, true));
    }
}
