package dev.akconf.cli;

import dev.akconf.pipeline.Pipeline;
import dev.akconf.render.Notices;

/** The pipeline as every command builds it: the process's environment and version, events shown on stderr. */
final class Pipelines {

    private Pipelines() {
    }

    static Pipeline of(AppContext context, Notices notices) {
        return new Pipeline(context.env(), VersionProvider.version(), notices);
    }
}
