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
@Command(name = "refresh", mixinStandardHelpOptions = true, resourceBundle = "dev.akconf.cli.help.refresh")
public final class RefreshCommand extends OnlineCommand {

    @Option(names = "--check") private boolean check;
    @Option(names = "--out-new", paramLabel = "DIR") private Path outNew;
    @Option(names = "--prune") private boolean prune;

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
