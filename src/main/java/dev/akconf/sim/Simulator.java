package dev.akconf.sim;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * A running simulated Authentik 2026.2.2 API on a loopback port, serving {@code /api/v3/...} from an
 * in-memory {@link SimState}. Start with {@link #start(SimOptions)}, point akconf at {@link #url()}
 * with {@link #token()}, inspect {@link #requests()} and {@link #state()}, and close it when done.
 */
public final class Simulator implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    private final SimOptions options;
    private final SimState state;
    private final RequestLog log = new RequestLog();
    private final HttpFront front;

    static {
        // The JDK's HttpServer leaves Nagle's algorithm on, so each response on a reused connection
        // waits ~40 ms for a delayed ACK. Read once when the server classes load, hence here.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private Simulator(SimOptions options) throws IOException {
        this.options = options;
        this.state = options.seed().copy();
        this.front = new HttpFront(options, new Router(state), log);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 128);
        this.executor = Executors.newCachedThreadPool(daemonThreads());
        server.setExecutor(executor);
        server.createContext("/", front);
        server.start();
    }

    /** Starts a simulator; the seed in {@code options} is copied, so it can seed other simulators too. */
    public static Simulator start(SimOptions options) {
        try {
            return new Simulator(options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Authentik simulator on port " + options.port(), e);
        }
    }

    /** {@link #start(SimOptions)} with {@link SimOptions#defaults()}. */
    public static Simulator start() {
        return start(SimOptions.defaults());
    }

    /** The base URL, e.g. {@code http://127.0.0.1:41234} (akconf appends {@code /api/v3}). */
    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /** {@link #url()} + {@code /api/v3}. */
    public String apiUrl() {
        return url() + Router.API;
    }

    public String token() {
        return options.token();
    }

    /** The token of a user who is not a superuser (see {@link SimOptions#viewerToken()}). */
    public String viewerToken() {
        return options.viewerToken();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The live state: thread-safe reads (deep copies) and direct edits. */
    public SimState state() {
        return state;
    }

    /** {@code state().edit(...)}: changes an object behind the API's back, e.g. a UI edit. */
    public void edit(String path, Object key, Consumer<ObjectNode> change) {
        state.edit(path, key, change);
    }

    /** Every request received so far, in arrival order, with the responses sent. */
    public List<SimRequest> requests() {
        return log.snapshot();
    }

    /** Forgets the recorded requests and counters (not the arrival numbering). */
    public void clearRequests() {
        log.clear();
    }

    /** Requests by method and endpoint template, e.g. {@code "GET /providers/proxy/" -> 3}. */
    public Map<String, Long> requestCounts() {
        return log.counts();
    }

    /** How many requests arrived since the start (including dropped ones). */
    public long requestCount() {
        return front.received();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "Simulator[" + url() + "]";
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            // Daemon threads: a test that forgets close() must not keep the JVM alive.
            Thread t = new Thread(r, "akconf-sim-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
