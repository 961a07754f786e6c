package dev.akconf.diag;

/** How serious a diagnostic is; errors make {@code validate} exit 3 and stop {@code plan}. */
public enum Severity {
    ERROR,
    WARNING;

    /** The word diagnostics print: {@code error}, {@code warning}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
