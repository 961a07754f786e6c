package dev.akconf.cli;

import dev.akconf.authentik.AuthentikClient;
import dev.akconf.authentik.ClientSettings;
import dev.akconf.diag.Diagnostic;
import dev.akconf.importer.DocumentWriter;
import dev.akconf.importer.FileLayout;
import dev.akconf.importer.ImportHeader;
import dev.akconf.importer.ImportOptions;
import dev.akconf.importer.ImportReader;
import dev.akconf.importer.ImportValidation;
import dev.akconf.importer.ImportedDocument;
import dev.akconf.importer.ImportFindings;
import dev.akconf.importer.Importer;
import dev.akconf.importer.SchemaLocation;
import dev.akconf.live.LiveState;
import dev.akconf.kinds.Kind;
import dev.akconf.render.ValidationText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code akconf import}: write live Authentik objects as akconf YAML; reads only, never writes to Authentik. */
@Command(usageHelpWidth = 100, name = "import", mixinStandardHelpOptions = true,
        description = {
            "Read objects from the live Authentik API (GET requests only) and write them as akconf YAML: "
                + "references as names and slugs, never ids; read-only fields dropped; only fields whose value "
                + "differs from Authentik's default (--full: every writable field), and the fields a create needs. "
                + "The embedded outpost is included, its config keys equal to default_settings left out.",
            "Plan and drift expect a field left out at Authentik's default, so a UI change to it is a difference. "
                + "What import writes validates, and plan against the same Authentik shows no change.",
            "The YAML goes to stdout, or with --out to one file per kind (--split: per resource) in DIR; "
                + "diagnostics go to stderr."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  akconf import --all --out config/                       # everything, one file per kind",
            "  akconf import --all --out config/ --split               # one file per resource",
            "  akconf import --kind ProxyProvider --name Grafana       # one provider, to stdout",
            "  akconf import --kind Outpost --all --full               # every field of every outpost",
            "",
            "Environment: AUTHENTIK_URL, AUTHENTIK_TOKEN (the token is never taken from the command line).",
            "Exit codes: 0 written, 3 the written YAML does not validate, 4 Authentik API error,",
            "            64 bad usage (also: nothing of that name, a file exists without --force, --out already",
            "            declares an imported resource in another file: use akconf refresh for those)."})
public final class ImportCommand implements Callable<Integer> {

    private final AppContext context;

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Selection selection;

    @Option(names = "--kind", paramLabel = "KIND", converter = KindConverter.class, completionCandidates = KindLabels.class,
            description = "One of ${COMPLETION-CANDIDATES} (any case; repeatable). Default: every kind.")
    private List<Kind> kinds = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Write files into DIR (created if missing) instead of stdout.")
    private Path out;

    @Option(names = "--split", description = "With --out: one file per resource rather than one per kind.")
    private boolean split;

    @Option(names = "--full", description = "Write every writable field, including those equal to Authentik's defaults.")
    private boolean full;

    @Option(names = "--force", description = "With --out: overwrite files that already exist.")
    private boolean force;

    @Mixin
    private ConnectionOptions connection;

    /** Like every command that prints: the validation errors on stderr are coloured on a terminal only. */
    @Mixin
    private ColorOption color;

    /** Either one name or everything. */
    static final class Selection {
        @Option(names = "--name", paramLabel = "NAME", required = true,
                description = "Import the object(s) with this name (providers, outposts) or slug (applications).")
        String name;

        @Option(names = "--all", required = true, description = "Import every object of the selected kinds.")
        boolean all;
    }

    public ImportCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (split && out == null) {
            throw new ParameterException(spec.commandLine(), "--split needs --out DIR");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
            throw new OutputFileException("--out " + out + ": exists and is not a directory");
        }
        Consumer<String> warn = w -> {
            err.println("akconf: warning: " + dev.akconf.render.Safe.text(w));
            err.flush();
        };
        Set<Kind> selected = kinds.isEmpty() ? EnumSet.allOf(Kind.class) : EnumSet.copyOf(kinds);
        ClientSettings settings = connection.settings(context, err);
        LiveState live;
        try (AuthentikClient client = new AuthentikClient(settings)) {
            live = new ImportReader(client, warn).read(selected, selection.name);
        }
        dev.akconf.live.ServerFacts.versionWarning(live.serverVersion(), live.target()).ifPresent(warn);
        List<ImportedDocument> documents = ImportFindings.reviewable(new Importer(live, ImportOptions.of(full), warn).documents(), warn);
        if (documents.isEmpty() && selection.name != null) {
            throw new ParameterException(spec.commandLine(), "no " + String.join(" or ", selected.stream().map(Kind::label).toList())
                    + " named \"" + selection.name + "\" in Authentik");
        }
        Map<String, String> files = render(documents, live);
        java.util.Optional<String> conflict = ImportConflicts.check(out, documents, split);
        if (conflict.isPresent()) {
            throw new ParameterException(spec.commandLine(), conflict.get());
        }
        if (out != null && !force) {
            List<String> existing = files.keySet().stream().filter(f -> Files.exists(out.resolve(f))).toList();
            if (!existing.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "would overwrite " + String.join(", ", existing)
                        + " in " + out + "; pass --force to replace them (nothing was written)");
            }
        }
        if (out != null) {
            OutputFiles.checkDirectory("--out", out, files.keySet());
        }
        boolean valid = validate(files, err);
        if (out == null) {
            files.values().forEach(spec.commandLine().getOut()::print);
            spec.commandLine().getOut().flush();
        } else {
            write(files);
        }
        err.println("akconf: imported " + documents.size() + " resource(s)" + (out == null ? "" : " into " + out + ": "
                + String.join(", ", files.keySet())));
        err.flush();
        return valid ? ExitCodes.OK : ExitCodes.INVALID_CONFIG;
    }

    private Map<String, String> render(List<ImportedDocument> documents, LiveState live) {
        String schema = SchemaLocation.forDirectory(out);
        if (SchemaLocation.isMachineSpecific(schema)) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("akconf: note: the files' editor line names this machine's " + dev.akconf.render.Safe.text(schema)
                    + "; copy its schemas/ directory beside your configuration directory to make the line portable (see README, import)");
            err.flush();
        }
        DocumentWriter writer = new DocumentWriter(schema,
                ImportHeader.lines(live.target(), live.serverVersion(), Instant.now(), full));
        Map<String, String> files = new LinkedHashMap<>();
        if (out == null) {
            files.put("-", writer.file(documents));
        } else {
            FileLayout.files(documents, split).forEach((name, docs) -> files.put(name, writer.file(docs)));
        }
        return files;
    }

    /** Errors in what import wrote: printed, and the files still written so they can be fixed by hand. */
    private boolean validate(Map<String, String> files, PrintWriter err) {
        Map<String, String> labelled = new LinkedHashMap<>();
        files.forEach((name, text) -> labelled.put(out == null ? "<stdout>" : out.resolve(name).toString(), text));
        List<Diagnostic> errors = ImportValidation.check(labelled).sorted().stream().filter(Diagnostic::isError).toList();
        errors.forEach(d -> err.println(ValidationText.line(d, color.style(context))));
        if (!errors.isEmpty()) {
            err.println("akconf: the imported YAML does not validate (" + errors.size()
                    + " error(s) above): Authentik holds values akconf refuses; fix them before planning");
        }
        err.flush();
        return errors.isEmpty();
    }

    private void write(Map<String, String> files) {
        for (Map.Entry<String, String> f : files.entrySet()) {
            OutputFiles.write("--out", out.resolve(f.getKey()), f.getValue(), true);
        }
    }

    /** What completion offers and --help lists for {@code --kind}: the labels the converter accepts. */
    static final class KindLabels implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Kind.labels().iterator();
        }
    }

    /** {@code --kind} takes a kind's label, in any case. */
    static final class KindConverter implements picocli.CommandLine.ITypeConverter<Kind> {
        @Override
        public Kind convert(String value) {
            for (Kind k : Kind.values()) {
                if (k.label().equalsIgnoreCase(value)) {
                    return k;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("unknown kind \"" + value + "\" (one of "
                    + String.join(", ", Kind.labels()) + ")");
        }
    }
}
