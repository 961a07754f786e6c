package dev.akconf.authentik;

import dev.akconf.concurrent.Tasks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one HTTP client of akconf: authenticated JSON calls to Authentik's {@code /api/v3}, with
 * concurrent pagination, retried reads and errors mapped to {@link AuthentikException} (exit code
 * 4). Thread-safe; one instance per run, closed when done. Writes are never retried once a byte
 * may have reached the server; see {@link RetryPolicy}.
 */
public final class AuthentikClient implements AutoCloseable {

    /** Page size requested for lists; Authentik 2025.12+ caps it at its tenant maximum, default 100. */
    public static final int PAGE_SIZE = 100;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int IDLE_CONNECTIONS = 16;

    private final ClientSettings settings;
    private final LazyHttp http;
    private final Tasks pagePool;
    private final StatsCounter stats = new StatsCounter();
    private final Transport transport;
    private final Pager pager;
    private final ErrorMapper errors;

    /** A client with the default retry policy (200 ms base, 5 s cap, the settings' budget). */
    public AuthentikClient(ClientSettings settings) {
        this(settings, RetryPolicy.defaults(settings.retryBudget()));
    }

    /** A client with an explicit retry policy, e.g. a fake timer in tests. */
    public AuthentikClient(ClientSettings settings, RetryPolicy retryPolicy) {
        this.settings = settings;
        ErrorMapper errors = new ErrorMapper(new Redactor(settings.secrets()), JSON, settings);
        this.errors = errors;
        Consumer<String> log = settings.debugLog() == null ? null
                : line -> settings.debugLog().accept(errors.redactor().apply(AuthentikException.oneLine(line)));
        Consumer<String> notices = settings.notices() == null ? null
                : line -> settings.notices().accept(errors.redactor().apply(AuthentikException.oneLine(line)));
        if (settings.insecure() || settings.caCertFile() != null) {
            OkHttpClient.Builder builder = configure(new OkHttpClient.Builder(), settings, retryPolicy, log, notices);
            TlsConfig.apply(builder, settings);
            this.http = LazyHttp.of(guardHandshake(builder, settings).build());
        } else {
            this.http = new LazyHttp(() -> guardHandshake(configure(HttpWarmup.builder(), settings, retryPolicy, log, notices),
                    settings).build());
        }
        this.pagePool = Tasks.bounded("akconf-page", settings.maxConcurrency());
        // Answers are masked for the token only: Authentik never holds it, while a sensitive value it
        // does hold (a secret field akconf wrote) must read back as itself, or plan would always differ.
        this.transport = new Transport(http, settings.apiBaseUrl(), JSON, errors, new Redactor(settings.token()));
        this.pager = new Pager(pagePool, PAGE_SIZE);
    }

    private OkHttpClient.Builder configure(OkHttpClient.Builder builder, ClientSettings settings, RetryPolicy retryPolicy,
                                           Consumer<String> log, Consumer<String> notices) {
        EnvProxies.apply(builder, settings.proxy());
        return builder
                // Enough idle connections for concurrent pages and writes, so a burst reuses them
                // instead of opening (and, over TLS, handshaking) new ones; OkHttp's default keeps 5.
                .connectionPool(new ConnectionPool(IDLE_CONNECTIONS, 5, TimeUnit.MINUTES))
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                // The whole call, retries and the complete answer included: a server that sends one
                // byte a second never trips the read timeout, but ends here.
                .callTimeout(settings.callTimeout())
                // A redirect is an error (Transport): OkHttp would turn a PATCH answered 302 into a GET
                // of wherever Location points, another host too, and report the GET's 200.
                .followRedirects(false)
                .followSslRedirects(false)
                .eventListenerFactory(TlsWatch.factory())
                // Outermost first: headers apply to every attempt, each attempt is metered.
                .addInterceptor(new HeadersInterceptor(settings.token(), settings.userAgentVersion()))
                .addInterceptor(new RetryInterceptor(retryPolicy, stats, log, notices, settings.apiBaseUrl()))
                .addInterceptor(new MeteringInterceptor(stats, log, settings.maxResponseBytes()))
                .addNetworkInterceptor(new RetryAfterShield());
    }

    /** Wraps the TLS socket factory so the handshake has its own short timeout ({@link HandshakeTimeout}). */
    private static OkHttpClient.Builder guardHandshake(OkHttpClient.Builder builder, ClientSettings settings) {
        OkHttpClient probe = builder.build(); // resolves the platform TLS defaults without sending anything
        return builder.sslSocketFactory(new HandshakeTimeout(probe.sslSocketFactory(), HandshakeTimeout.limitFor(settings)),
                probe.x509TrustManager());
    }

    /** The normalised API root, e.g. {@code https://ak.example.com/api/v3}. */
    public String apiBaseUrl() {
        return settings.apiBaseUrl();
    }

    /** GET a single object or any non-list endpoint; {@code path} is relative to the API root. */
    public JsonNode get(String path, Map<String, List<String>> query) {
        return transport.call("GET", path, query, null);
    }

    /** GET without query parameters. */
    public JsonNode get(String path) {
        return get(path, Map.of());
    }

    /**
     * Every item of a paginated list, in server order, requesting {@value #PAGE_SIZE} per page.
     * {@code page} and {@code page_size} in {@code query} are overridden. Makes exactly one request
     * per page.
     */
    public List<JsonNode> listAll(String path, Map<String, List<String>> query) {
        Map<String, List<String>> base = new LinkedHashMap<>(query == null ? Map.of() : query);
        base.remove("page");
        base.put("page_size", List.of(String.valueOf(PAGE_SIZE)));
        return pager.listAll("GET", Transport.displayPath(path), page -> {
            Map<String, List<String>> q = new LinkedHashMap<>(base);
            q.put("page", List.of(String.valueOf(page)));
            return transport.call("GET", path, q, null);
        });
    }

    /** {@link #listAll(String, Map)} without filters. */
    public List<JsonNode> listAll(String path) {
        return listAll(path, Map.of());
    }

    /** {@code GET /admin/version/}: {@code version_current}, {@code build_hash}, ... */
    public JsonNode version() {
        return get("/admin/version/");
    }

    /** The running Authentik version, or "unknown" if the server did not say; errors still throw. */
    public String serverVersion() {
        JsonNode current = version().path("version_current");
        return current.isString() && !current.stringValue().isBlank() ? current.stringValue() : "unknown";
    }

    /** POST (create or action); not retried. Returns the body, or a missing node if empty. */
    public JsonNode post(String path, JsonNode body) {
        return transport.call("POST", path, Map.of(), body);
    }

    /** PATCH (partial update); not retried. */
    public JsonNode patch(String path, JsonNode body) {
        return transport.call("PATCH", path, Map.of(), body);
    }

    /** PUT (full update); not retried. */
    public JsonNode put(String path, JsonNode body) {
        return transport.call("PUT", path, Map.of(), body);
    }

    /** DELETE; not retried. */
    public void delete(String path) {
        transport.call("DELETE", path, Map.of(), null);
    }

    /**
     * Sensitive values (substituted secret {@code ${VAR}}s) to mask from now on, like the token, wherever
     * this client quotes the server: error messages, field errors, the debug log. Not in answers, where
     * Authentik legitimately holds them. Call before the requests whose errors may quote them.
     */
    public void alsoMask(java.util.Collection<String> values) {
        if (values.isEmpty()) {
            return;
        }
        List<String> all = new java.util.ArrayList<>(errors.redactor().secrets());
        all.addAll(values);
        errors.redactor(new Redactor(all));
    }

    /** Counters since this client was built. */
    public RequestStats stats() {
        return stats.snapshot();
    }

    /** Stops the page threads and releases pooled connections. */
    @Override
    public void close() {
        pagePool.close();
        http.close();
    }

    @Override
    public String toString() {
        return "AuthentikClient[" + apiBaseUrl() + "]";
    }
}
