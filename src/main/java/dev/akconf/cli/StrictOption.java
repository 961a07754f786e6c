package dev.akconf.cli;

import picocli.CommandLine.Option;

/** {@code --strict} for validate, plan and apply: warnings, guardrail warnings included, fail the run as errors do. */
public final class StrictOption {

    @Option(names = "--strict") private boolean strict;

    boolean on() {
        return strict;
    }
}
