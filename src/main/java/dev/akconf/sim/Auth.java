package dev.akconf.sim;

import java.util.Locale;
import java.util.Optional;

/**
 * Authentik's TokenAuthentication (authentik/api/authentication.py validate_auth) for the two tokens
 * the simulator knows (a superuser's and a non-superuser's, see {@link Principal}). Neither authentication class defines authenticate_header, so DRF answers
 * 403, not 401, for both missing and bad credentials.
 */
final class Auth {

    static final String NOT_PROVIDED = "Authentication credentials were not provided.";
    static final String INVALID = "Token invalid/expired";

    private Auth() {
    }

    /** Whose token this Authorization header carries, or empty when it carries neither. */
    static Optional<Principal> principal(String header, SimOptions options) {
        String credentials = header == null ? "" : header.strip();
        int space = credentials.indexOf(' ');
        String key = space < 0 ? "" : credentials.substring(space + 1);
        if (check(header, options.token()).isEmpty()) {
            return Optional.of(Principal.ADMIN);
        }
        return !key.isEmpty() && check(header, options.viewerToken()).isEmpty() ? Optional.of(Principal.VIEWER) : Optional.empty();
    }

    /** The 403 detail for this Authorization header, or empty when it carries the token. */
    static Optional<String> check(String header, String token) {
        String credentials = header == null ? "" : header.strip();
        int space = credentials.indexOf(' ');
        // No credentials, or another scheme: TokenAuthentication steps aside and nobody authenticates.
        if (credentials.isEmpty() || space < 0
                || !credentials.substring(0, space).toLowerCase(Locale.ROOT).equals("bearer")) {
            return Optional.of(NOT_PROVIDED);
        }
        String key = credentials.substring(space + 1);
        if (key.isEmpty()) {
            return Optional.of("Malformed header");
        }
        return key.equals(token) ? Optional.empty() : Optional.of(INVALID);
    }
}
