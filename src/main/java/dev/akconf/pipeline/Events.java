package dev.akconf.pipeline;

import dev.akconf.config.LoadedConfig;
import dev.akconf.diag.Diagnostics;
import dev.akconf.plan.RuleFinding;
import java.util.List;

/**
 * What the pipeline tells its command between stages, in the order the stages run (as Terraform's
 * hooks): the pipeline never prints, the command's view does. Every method is called at most once
 * per stage run; a stage that stops the run calls its method before it returns empty.
 */
public interface Events {

    /** The configuration was loaded and checked (rules included): its diagnostics, errors or not. */
    void loaded(LoadedConfig config);

    /** The server reported its version (with the first lists, or apply's re-read of a saved plan). */
    void server(String version, String target);

    /** The plan's own diagnostics: unresolvable references, the outpost rules on the live facts. */
    void planned(Diagnostics diagnostics);

    /** The gate refused the plan: these protected changes are not accepted by {@code --allow}. */
    void refused(List<RuleFinding> blocking);
}
