package dev.akconf.cli;

/** akconf's exit codes; the README's table is generated from the same meanings. */
public final class ExitCodes {
    /** Success; with {@code plan --detailed-exitcode} or {@code drift}: no changes. */
    public static final int OK = 0;
    /** An unexpected internal error (a bug: please report it). */
    public static final int INTERNAL = 1;
    /** apply's confirmation answered with anything but {@code yes} (as Terraform; same number as {@link #INTERNAL}). */
    public static final int CANCELLED = 1;
    /** Changes present ({@code plan --detailed-exitcode}, {@code drift}). */
    public static final int CHANGES = 2;
    /** The configuration is invalid. */
    public static final int INVALID_CONFIG = 3;
    /** Authentik unreachable, token rejected, or an API error. */
    public static final int API_ERROR = 4;
    /** A saved plan is stale. */
    public static final int STALE_PLAN = 5;
    /** Bad command-line usage (sysexits EX_USAGE). */
    public static final int USAGE = 64;

    private ExitCodes() {
    }
}
