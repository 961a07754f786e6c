package dev.akconf.kinds;

import dev.akconf.model.Durations;
import java.math.BigDecimal;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The field of a kind that sets how long the sessions of the outposts serving its objects live, so
 * the session-store rules (AK001, AK002) ask the adapter rather than name the kind.
 *
 * @param field      the duration field, e.g. {@code access_token_validity}
 * @param undeclared Authentik's value when nobody set it
 */
public record SessionLifetime(String field, String undeclared) {

    /** Seconds a declared spec gives: its value, or Authentik's default when it leaves the field out. */
    public BigDecimal declared(JsonNode spec) {
        return Durations.parseAuthentik(spec.path(field).asString(undeclared))
                .orElseGet(() -> Durations.parseAuthentik(undeclared).orElseThrow());
    }

    /** Seconds a live object holds; empty when it holds none akconf can read. */
    public Optional<BigDecimal> live(JsonNode object) {
        return Optional.ofNullable(object.path(field).asString(null)).flatMap(Durations::parseAuthentik);
    }
}
