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
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code akconf import}: write live Authentik objects as akconf YAML; reads only, never writes to Authentik. */
@Command(name = "import", mixinStandardHelpOptions = true, resourceBundle = "dev.akconf.cli.help.import")
public final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    private AkconfCommand akconf;

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Selection selection;

    @Option(names = "--kind", paramLabel = "KIND", converter = KindConverter.class, completionCandidates = KindLabels.class)
    private List<Kind> kinds = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR") private Path out;
    @Option(names = "--split") private boolean split;
    @Option(names = "--full") private boolean full;
    @Option(names = "--force") private boolean force;
    @Mixin private ConnectionOptions connection;

    /** Like every command that prints: the validation errors on stderr are coloured on a terminal only. */
    @Mixin private ColorOption color;

    /** Either one name or everything. */
    static final class Selection {
        @Option(names = "--name", paramLabel = "NAME", required = true) String name;
        @Option(names = "--all", required = true) boolean all;
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
        ClientSettings settings = connection.settings(akconf.context(), err);
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
        errors.forEach(d -> err.println(ValidationText.line(d, color.style(akconf.context()))));
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
