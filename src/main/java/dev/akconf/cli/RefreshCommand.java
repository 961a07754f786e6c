package dev.akconf.cli;

import dev.akconf.authentik.AuthentikClient;
import dev.akconf.config.LoadedConfig;
import dev.akconf.diag.Diagnostics;
import dev.akconf.live.LiveState;
import dev.akconf.model.RefTarget;
import dev.akconf.pipeline.Pipeline;
import dev.akconf.plan.Plan;
import dev.akconf.refresh.RefreshPlanner;
import dev.akconf.refresh.RefreshWork;
import dev.akconf.render.Notices;
import dev.akconf.render.RefreshText;
import dev.akconf.render.Style;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code akconf refresh}: rewrite the configuration in place so it says what Authentik holds (reads only). */
@Command(usageHelpWidth = 100, name = "refresh", mixinStandardHelpOptions = true,
        description = {
            "Read Authentik like plan (GET requests only) and rewrite the configuration files so they match it, "
                + "in place: only the values that differ change, at their exact position; comments, key order, "
                + "quoting, blank lines and --- lines stay as they were. Values are written as the configuration "
                + "writes them: names and slugs, durations in the author's unit. A field the document leaves out "
                + "that Authentik no longer holds at its default is added to spec in the API's field order.",
            "Left for a person, and reported: a value written with ${VAR}, a value under a YAML anchor or alias, "
                + "a sensitive value, a resource deleted in Authentik (--prune removes its document). Objects "
                + "created in the UI (of declared kinds) are written as new documents, in import's format, to "
                + "--out-new (default: refreshed/ beside the first -c path), one file per kind.",
            "Before it writes anything, refresh validates the new configuration and plans it against the same "
                + "Authentik state: unless that shows no change, nothing is written. Each file is replaced atomically."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  akconf refresh -c config/                     # rewrite config/ to match Authentik",
            "  akconf refresh -c config/ --check             # CI: exit 2 when files would change, write nothing",
            "  akconf refresh -c config/ --out-new inbox/    # UI-created objects into inbox/*.yaml",
            "  akconf refresh -c config/ --prune             # also remove documents of deleted resources",
            "  git diff config/                              # review; commit = accept the UI change, apply = revert",
            "",
            "Environment: AUTHENTIK_URL, AUTHENTIK_TOKEN (the token is never taken from the command line), NO_COLOR.",
            "Exit codes: 0 in sync, 2 drift (files rewritten; with --check: files would change), 3 invalid",
            "            configuration (also: the rewritten one would not validate), 4 Authentik unreachable or",
            "            token rejected, 64 bad usage; 1 the rewritten files would still differ (a bug)."})
public final class RefreshCommand extends OnlineCommand {

    @Option(names = "--check", description = "Write nothing; exit 2 when files would change, 0 when they already match.")
    private boolean check;

    @Option(names = "--out-new", paramLabel = "DIR",
            description = "Where the documents of objects created in the UI go, one file per kind. Default: refreshed/ beside the first -c path.")
    private Path outNew;

    @Option(names = "--prune", description = "Remove the documents of resources deleted in Authentik (default: report them).")
    private boolean prune;

    public RefreshCommand(AppContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Style style = style();
        Notices notices = notices();
        Pipeline pipeline = pipeline(notices);
        Optional<LoadedConfig> loaded = pipeline.load(config.paths(), false);
        if (loaded.isEmpty()) {
            return ExitCodes.INVALID_CONFIG;
        }
        LiveState live;
        Diagnostics diags = new Diagnostics();
        Plan plan;
        try (AuthentikClient client = connect()) {
            live = pipeline.read(loaded.get(), client);
            // Refresh writes files, never Authentik: the comparison without the guardrails.
            plan = pipeline.compare(loaded.get(), live, diags);
            RefreshPlanner planner = new RefreshPlanner(live);
            Set<RefTarget> unread = planner.unreadTables(plan);
            // The UI chose a value where the configuration says null, or made an object that points
            // where the configuration does not: read those tables to write names, not pks.
            Set<RefTarget> all = EnumSet.noneOf(RefTarget.class);
            all.addAll(unread);
            all.addAll(planner.unreadTables(plan.unmanaged()));
            if (!diags.hasErrors()) {
                pipeline.readTables(live, client, all);
                if (!unread.isEmpty()) {
                    plan = pipeline.compare(loaded.get(), live, diags);
                }
            }
        }
        if (diags.hasErrors()) {
            notices.refreshCannotPlan(diags);
            return ExitCodes.INVALID_CONFIG;
        }
        RefreshWork work = new RefreshPlanner(live).work(plan, loaded.get().resources(), prune);
        Path newDir = outNew != null ? outNew : beside(config.paths().get(0));
        RefreshFiles files = RefreshFiles.compute(work, live, plan.unmanaged(), newDir, err());
        Optional<String> blocked = RefreshFiles.verify(pipeline, config.paths(), files, live);
        if (blocked.isPresent()) {
            notices.refreshBlocked(blocked.get());
            return blocked.get().startsWith(RefreshFiles.INVALID) ? ExitCodes.INVALID_CONFIG : ExitCodes.INTERNAL;
        }
        if (!check) {
            files.write();
        }
        new RefreshText(style).render(check, live.target(), files.changed(), files.notices(), out());
        if (check) {
            return files.changed().isEmpty() ? ExitCodes.OK : ExitCodes.CHANGES;
        }
        return files.changed().isEmpty() && files.notices().isEmpty() ? ExitCodes.OK : ExitCodes.CHANGES;
    }

    /** {@code refreshed/} in the directory that holds the first -c path. */
    private static Path beside(Path first) {
        Path dir = first.normalize().getParent();
        return dir != null ? dir.resolve("refreshed") : Path.of("refreshed");
    }
}
