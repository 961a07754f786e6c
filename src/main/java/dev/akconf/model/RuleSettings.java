package dev.akconf.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The guardrail rules' inputs from a {@code kind: Settings} document, with the defaults the
 * post-mortem measured: 18 unauthenticated requests a minute, 1,500 bytes per session file, 4,096
 * bytes per tmpfs page, and 24 h as the largest access_token_validity a plan may set without
 * {@code --allow AK002}.
 *
 * @param requestsPerMinute        global unauthenticated request rate
 * @param bytesPerSessionFile      global session file size (its content)
 * @param bytesPerPage             the page size tmpfs allocates in (each file takes whole pages)
 * @param maxAccessTokenValidity   AK002's bound, in seconds
 * @param outposts                 per-outpost overrides of the traffic values, by outpost name
 */
public record RuleSettings(double requestsPerMinute, long bytesPerSessionFile, long bytesPerPage,
                           BigDecimal maxAccessTokenValidity, Map<String, Traffic> outposts) {

    public static final RuleSettings DEFAULTS = new RuleSettings(18, 1500, 4096, BigDecimal.valueOf(24 * 3600), Map.of());

    public RuleSettings {
        outposts = Map.copyOf(outposts);
    }

    /** One outpost's traffic and node; null fields fall back to the global values. */
    public record Traffic(Double requestsPerMinute, Long bytesPerSessionFile, Long bytesPerPage) {
    }

    public double requestsPerMinute(String outpost) {
        Traffic t = outposts.get(outpost);
        return t != null && t.requestsPerMinute() != null ? t.requestsPerMinute() : requestsPerMinute;
    }

    public long bytesPerSessionFile(String outpost) {
        Traffic t = outposts.get(outpost);
        return t != null && t.bytesPerSessionFile() != null ? t.bytesPerSessionFile() : bytesPerSessionFile;
    }

    public long bytesPerPage(String outpost) {
        Traffic t = outposts.get(outpost);
        return t != null && t.bytesPerPage() != null ? t.bytesPerPage() : bytesPerPage;
    }
}
