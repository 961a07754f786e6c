package dev.akconf.config;

import dev.akconf.model.Durations;
import dev.akconf.model.RuleSettings;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Reads a schema-valid Settings {@code spec} into {@link RuleSettings}, defaults filling the gaps. */
final class SettingsParser {

    private SettingsParser() {
    }

    static RuleSettings parse(JsonNode spec) {
        RuleSettings d = RuleSettings.DEFAULTS;
        Map<String, RuleSettings.Traffic> outposts = new HashMap<>();
        spec.path("outposts").properties().forEach(e -> outposts.put(e.getKey(), new RuleSettings.Traffic(
                e.getValue().has("unauthenticated_requests_per_minute") ? e.getValue().get("unauthenticated_requests_per_minute").asDouble() : null,
                e.getValue().has("bytes_per_session_file") ? e.getValue().get("bytes_per_session_file").asLong() : null,
                e.getValue().has("bytes_per_page") ? e.getValue().get("bytes_per_page").asLong() : null)));
        BigDecimal bound = spec.has("max_access_token_validity")
                ? Durations.parseAuthentik(spec.get("max_access_token_validity").asString()).orElse(d.maxAccessTokenValidity())
                : d.maxAccessTokenValidity();
        return new RuleSettings(
                spec.path("unauthenticated_requests_per_minute").asDouble(d.requestsPerMinute()),
                spec.path("bytes_per_session_file").asLong(d.bytesPerSessionFile()),
                spec.path("bytes_per_page").asLong(d.bytesPerPage()),
                bound, outposts);
    }
}
