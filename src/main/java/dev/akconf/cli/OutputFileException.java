package dev.akconf.cli;

/** An output path akconf cannot write (not a regular file, permission denied): one line, exit 64. */
final class OutputFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputFileException(String message) {
        super(message, null, false, false);
    }

    int exitCode() {
        return ExitCodes.USAGE;
    }
}
