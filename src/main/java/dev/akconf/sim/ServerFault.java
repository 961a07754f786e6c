package dev.akconf.sim;

/**
 * An unhandled exception in the emulated server code, answered with a 500 like Django does when a
 * serializer raises something DRF does not catch (e.g. a KeyError).
 */
final class ServerFault extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ServerFault(String message) {
        super(message, null, false, false);
    }
}
