package dev.akconf.authentik;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.HttpUrl;

/**
 * Everything needed to build an {@link AuthentikClient}: where Authentik is, the API token, TLS
 * trust and time limits. Immutable; {@link #toString()} never shows the token. Null durations,
 * a null/blank user-agent version and a non-positive concurrency fall back to the defaults.
 *
 * @param baseUrl          the Authentik URL as the user gave it; see {@link #apiBaseUrl()}
 * @param token            API token sent as {@code Authorization: Bearer <token>}
 * @param caCertFile       PEM file with one or more CA certificates trusted in addition to the
 *                         system CAs, or null
 * @param insecure         disable certificate and hostname verification entirely
 * @param connectTimeout   TCP/TLS connect timeout per attempt
 * @param readTimeout      socket read timeout per attempt
 * @param retryBudget      total time a read may spend retrying before the last error is reported
 * @param maxConcurrency   how many list pages may be fetched at once
 * @param userAgentVersion akconf version for {@code User-Agent: akconf/<version>}
 * @param debugLog         receives one line per request/response (never headers), or null
 * @param callTimeout      deadline of one whole call (connect, retries, the complete answer), so a server
 *                         dripping one byte a second cannot hold a run forever
 * @param maxResponseBytes the largest answer read; a larger one fails while it streams
 * @param alsoMask         sensitive values masked like the token wherever server text is quoted
 * @param proxy            proxies from the environment ({@link ProxySettings#NONE} when unset)
 * @param notices          receives the lines a user sees without --debug (one per retry), or null
 */
public record ClientSettings(
        String baseUrl,
        String token,
        Path caCertFile,
        boolean insecure,
        Duration connectTimeout,
        Duration readTimeout,
        Duration retryBudget,
        int maxConcurrency,
        String userAgentVersion,
        Consumer<String> debugLog,
        Duration callTimeout,
        long maxResponseBytes,
        List<String> alsoMask,
        ProxySettings proxy,
        Consumer<String> notices) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_RETRY_BUDGET = Duration.ofSeconds(30);
    /** Requests in flight at once per list; {@code apply --concurrency} uses the same default for writes. */
    public static final int DEFAULT_MAX_CONCURRENCY = 10;
    /** Whole-call deadline: four default read timeouts, so it only ends calls that trickle. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(120);
    /** 64 MiB: a page of 100 Authentik objects is a few hundred KiB. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;

    private static final String API_SUFFIX = "/api/v3";

    public ClientSettings {
        normalizeBaseUrl(baseUrl); // fail at construction, not at the first request
        if (token == null || token.isBlank()) {
            throw AuthentikException.usage("no Authentik API token given");
        }
        TokenCheck.problem(token).ifPresent(p -> {
            throw AuthentikException.usage("the API token " + p + "; nothing was sent");
        });
        callTimeout = positiveOr(callTimeout, DEFAULT_CALL_TIMEOUT, "call timeout");
        maxResponseBytes = maxResponseBytes > 0 ? maxResponseBytes : DEFAULT_MAX_RESPONSE_BYTES;
        alsoMask = alsoMask == null ? List.of() : alsoMask.stream().filter(java.util.Objects::nonNull).toList();
        proxy = proxy == null ? ProxySettings.NONE : proxy;
        connectTimeout = positiveOr(connectTimeout, DEFAULT_CONNECT_TIMEOUT, "connect timeout");
        readTimeout = positiveOr(readTimeout, DEFAULT_READ_TIMEOUT, "read timeout");
        retryBudget = retryBudget == null ? DEFAULT_RETRY_BUDGET : retryBudget;
        if (retryBudget.isNegative()) {
            throw AuthentikException.usage("retry budget must not be negative");
        }
        maxConcurrency = maxConcurrency > 0 ? maxConcurrency : DEFAULT_MAX_CONCURRENCY;
        userAgentVersion = userAgentVersion == null || userAgentVersion.isBlank()
                ? "dev" : userAgentVersion.strip();
    }

    /** The settings of before the call deadline, size limit and extra masks, which take their defaults. */
    public ClientSettings(String baseUrl, String token, Path caCertFile, boolean insecure, Duration connectTimeout,
                          Duration readTimeout, Duration retryBudget, int maxConcurrency, String userAgentVersion,
                          Consumer<String> debugLog) {
        this(baseUrl, token, caCertFile, insecure, connectTimeout, readTimeout, retryBudget, maxConcurrency,
                userAgentVersion, debugLog, null, 0, null, null, null);
    }

    /** The token, every value in {@link #alsoMask()} and the proxy passwords: what error messages never quote. */
    public List<String> secrets() {
        List<String> all = new java.util.ArrayList<>(alsoMask);
        all.addAll(proxy.secrets());
        all.add(0, token);
        return all;
    }

    /** Settings with every optional value at its default. */
    public static ClientSettings of(String baseUrl, String token, String userAgentVersion) {
        return builder(baseUrl, token).userAgentVersion(userAgentVersion).build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder(String baseUrl, String token) {
        return new Builder(baseUrl, token);
    }

    /** The API root every request path is appended to, e.g. {@code https://ak.example.com/api/v3}. */
    public String apiBaseUrl() {
        return normalizeBaseUrl(baseUrl);
    }

    /**
     * Trims trailing slashes and appends {@code /api/v3} unless already there, so users may give
     * either the Authentik URL or the API URL (also below a sub-path, {@code https://h/auth}).
     *
     * @throws AuthentikException (usage) unless the URL is a valid http or https URL
     */
    public static String normalizeBaseUrl(String raw) {
        String given = raw == null ? "" : raw.strip();
        // HttpUrl.parse accepts only http and https, which is exactly the rule we want.
        HttpUrl url = given.isEmpty() ? null : HttpUrl.parse(given);
        if (url == null) {
            throw AuthentikException.usage("Authentik URL must be an http:// or https:// URL, got \""
                    + given + "\"");
        }
        if (url.query() != null || url.fragment() != null) {
            throw AuthentikException.usage("Authentik URL must not contain a query or fragment: \""
                    + url.newBuilder().query(null).fragment(null).build() + "\"");
        }
        String path = url.encodedPath().replaceAll("/+$", "");
        if (!path.endsWith(API_SUFFIX)) {
            path = path + API_SUFFIX;
        }
        String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
        boolean defaultPort = url.port() == HttpUrl.defaultPort(url.scheme());
        return url.scheme() + "://" + host + (defaultPort ? "" : ":" + url.port()) + path;
    }

    @Override
    public String toString() {
        return "ClientSettings[baseUrl=" + baseUrl + ", token=***, caCertFile=" + caCertFile
                + ", insecure=" + insecure + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", retryBudget=" + retryBudget
                + ", maxConcurrency=" + maxConcurrency + ", userAgentVersion=" + userAgentVersion
                + ", debugLog=" + (debugLog == null ? "off" : "on") + ", callTimeout=" + callTimeout
                + ", maxResponseBytes=" + maxResponseBytes + ", alsoMask=" + alsoMask.size() + " values, proxy=" + proxy
                + ", notices=" + (notices == null ? "off" : "on") + "]";
    }

    private static Duration positiveOr(Duration value, Duration fallback, String what) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw AuthentikException.usage(what + " must be positive, got " + value);
        }
        return value;
    }

    /** Mutable builder for {@link ClientSettings}; unset values keep their defaults. */
    public static final class Builder {
        private final String baseUrl;
        private final String token;
        private Path caCertFile;
        private boolean insecure;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private Duration retryBudget = DEFAULT_RETRY_BUDGET;
        private int maxConcurrency = DEFAULT_MAX_CONCURRENCY;
        private String userAgentVersion;
        private Consumer<String> debugLog;
        private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
        private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
        private List<String> alsoMask = List.of();
        private ProxySettings proxy = ProxySettings.NONE;
        private Consumer<String> notices;

        private Builder(String baseUrl, String token) {
            this.baseUrl = baseUrl;
            this.token = token;
        }

        public Builder caCertFile(Path file) { this.caCertFile = file; return this; }
        public Builder insecure(boolean on) { this.insecure = on; return this; }
        public Builder connectTimeout(Duration d) { this.connectTimeout = d; return this; }
        public Builder readTimeout(Duration d) { this.readTimeout = d; return this; }
        public Builder retryBudget(Duration d) { this.retryBudget = d; return this; }
        public Builder maxConcurrency(int n) { this.maxConcurrency = n; return this; }
        public Builder userAgentVersion(String v) { this.userAgentVersion = v; return this; }
        public Builder debugLog(Consumer<String> log) { this.debugLog = log; return this; }
        public Builder callTimeout(Duration d) { this.callTimeout = d; return this; }
        public Builder maxResponseBytes(long n) { this.maxResponseBytes = n; return this; }
        /** Sensitive values (e.g. substituted {@code ${VAR}}s) to mask in server text like the token. */
        public Builder alsoMask(java.util.Collection<String> values) { this.alsoMask = values == null ? List.of() : new java.util.ArrayList<>(values); return this; }

        /** Proxies, usually {@link ProxySettings#fromEnvironment}. */
        public Builder proxy(ProxySettings p) { this.proxy = p; return this; }
        /** Where retry lines go (stderr in the CLI); they are masked and one line each. */
        public Builder notices(Consumer<String> log) { this.notices = log; return this; }

        public ClientSettings build() {
            return new ClientSettings(baseUrl, token, caCertFile, insecure, connectTimeout,
                    readTimeout, retryBudget, maxConcurrency, userAgentVersion, debugLog, callTimeout,
                    maxResponseBytes, alsoMask, proxy, notices);
        }
    }
}
