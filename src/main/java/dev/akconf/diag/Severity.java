package dev.akconf.diag;

/** How serious a diagnostic is; errors make {@code validate} exit 3 and stop {@code plan}. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
