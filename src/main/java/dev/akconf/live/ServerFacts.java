package dev.akconf.live;

import java.util.Optional;

/**
 * Which Authentik answered and whose token it is, read with the first lists of a run.
 *
 * @param version  Authentik's {@code version_current}, or "unknown" when it did not say
 * @param username the token's user ({@code GET /core/users/me/}: {@code user.username})
 */
public record ServerFacts(String version, String username) {

    /** The release line akconf's rules, defaults and simulator were checked against. */
    public static final String CHECKED_AGAINST = "2026.2.x";
    private static final String CHECKED_PREFIX = "2026.2.";

    /**
     * One line when {@code version} is outside {@link #CHECKED_AGAINST}: validation rules and defaults
     * differ by version (slug length, the embedded outpost's session store, required flows), so a plan
     * against another version may be wrong without anything failing.
     */
    public static Optional<String> versionWarning(String version, String target) {
        if (version != null && version.startsWith(CHECKED_PREFIX)) {
            return Optional.empty();
        }
        return Optional.of("Authentik at " + target + " reports version " + version + ", but akconf was checked against "
                + CHECKED_AGAINST + " only: rules and defaults may differ (see README, \"Supported Authentik versions\")");
    }
}
