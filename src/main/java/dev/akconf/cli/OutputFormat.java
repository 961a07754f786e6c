package dev.akconf.cli;

/** The {@code --output} formats; each command accepts the ones it supports. */
public enum OutputFormat {
    text,
    json,
    markdown
}
