package dev.akconf.sim;

/**
 * An unhandled exception in the emulated server code, answered with a 500 like Django does when a
 * serializer raises something DRF does not catch (e.g. a KeyError).
 */
final class ServerFault extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The {@code detail} of the 500 body. */
    private final String detail;

    ServerFault(String message) {
        this(message, "A server error occurred.");
    }

    ServerFault(String message, String detail) {
        super(message, null, false, false);
        this.detail = detail;
    }

    String detail() {
        return detail;
    }
}
