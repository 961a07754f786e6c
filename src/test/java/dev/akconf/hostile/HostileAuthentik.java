package dev.akconf.hostile;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * An in-process Authentik that can misbehave at the byte level, for the hostile-server suite: a plain
 * {@link ServerSocket} on loopback (no HTTP library that would tidy its answers up), one thread per
 * connection, keep-alive.
 *
 * <p>Unscripted, it is a small well-behaved Authentik: {@code /admin/version/}, {@code /core/users/me/}
 * (a superuser), {@code default_settings}, Authentik's page-number pagination over the objects given
 * to {@link #objects}, an empty page for any other list, and writes that answer with the object
 * (POST 201, PATCH 200 merged, DELETE 204). A request without the right bearer token gets 403.
 *
 * <p>Scripts ({@link #on}) take precedence, newest first, so a test changes exactly one answer:
 * <pre>{@code
 * try (HostileAuthentik ak = HostileAuthentik.start()) {
 *     ak.objects("/core/groups/").add(group);
 *     ak.on("PATCH", "/core/groups/", req -> Reply.redirect(302, "https://evil.example/x"));
 *     CliRun run = CliRun.run(ak.env(), "apply", "-c", dir, "--auto-approve");
 * }
 * }</pre>
 * Paths are relative to the API root ({@code /api/v3} is stripped); {@code on(method, prefix, ...)}
 * matches every path starting with the prefix.
 */
public final class HostileAuthentik implements AutoCloseable {

    /** 60 characters, like an Authentik token; tests check no 8-character run of it is ever printed. */
    public static final String TOKEN = "hK7qP2xW9mZ4tR8vL3nB6yD1fG5jS0aQcE2uI7oT4pX9wM3kV8hN6bY1rF5g";

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-authentik");
        t.setDaemon(true);
        return t;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final List<Script> scripts = new CopyOnWriteArrayList<>();
    private final List<HostileRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private final Baseline baseline = new Baseline();
    private volatile ConnectionHandler rawHandler;
    private volatile boolean closed;

    private record Script(Predicate<HostileRequest> when, Responder responder) {
    }

    /** Handles a whole connection below HTTP, e.g. to answer a TLS hello with HTTP text. */
    @FunctionalInterface
    public interface ConnectionHandler {
        void handle(Socket socket) throws IOException, InterruptedException;
    }

    /** From now on every connection goes to {@code handler} instead of the HTTP parser. */
    public HostileAuthentik onConnect(ConnectionHandler handler) {
        this.rawHandler = handler;
        return this;
    }

    /** Computes the answer to one request. */
    @FunctionalInterface
    public interface Responder {
        Reply answer(HostileRequest request);
    }

    private HostileAuthentik() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::acceptLoop);
    }

    public static HostileAuthentik start() {
        try {
            return new HostileAuthentik();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL to pass as {@code --url} / {@code AUTHENTIK_URL}. */
    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/";
    }

    public int port() {
        return server.getLocalPort();
    }

    /** AUTHENTIK_URL and AUTHENTIK_TOKEN for {@code CliRun.run(env, ...)}. */
    public Map<String, String> env() {
        return Map.of("AUTHENTIK_URL", url(), "AUTHENTIK_TOKEN", TOKEN);
    }

    /** The live objects of a list path (e.g. {@code /core/groups/}), to add to before a run. */
    public List<tools.jackson.databind.node.ObjectNode> objects(String listPath) {
        return baseline.objects(listPath);
    }

    /** Answers every {@code method} request whose path starts with {@code pathPrefix}. */
    public HostileAuthentik on(String method, String pathPrefix, Responder responder) {
        return on(r -> r.method().equals(method) && r.path().startsWith(pathPrefix), responder);
    }

    /** Answers every request {@code when} accepts; later scripts win over earlier ones. */
    public HostileAuthentik on(Predicate<HostileRequest> when, Responder responder) {
        scripts.add(0, new Script(when, responder));
        return this;
    }

    /** Answers only the {@code n}-th (1-based) matching request this way; the others fall through. */
    public HostileAuthentik nth(String method, String pathPrefix, int n, Responder responder) {
        AtomicInteger seen = new AtomicInteger();
        return on(r -> r.method().equals(method) && r.path().startsWith(pathPrefix) && seen.incrementAndGet() == n,
                responder);
    }

    /** Every request received so far, in arrival order. */
    public List<HostileRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** The requests that were not GETs. */
    public List<HostileRequest> writes() {
        return requests().stream().filter(HostileRequest::isWrite).toList();
    }

    /** The well-behaved answer to {@code request}, for scripts that only alter it. */
    public Reply normally(HostileRequest request) {
        return baseline.answer(request);
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        threads.shutdownNow();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = server.accept();
                open.add(s);
                threads.execute(() -> serve(s));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            ConnectionHandler raw = rawHandler;
            if (raw != null) {
                raw.handle(socket);
                return;
            }
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (!closed) {
                HostileRequest request = read(in);
                if (request == null) {
                    return;
                }
                requests.add(request);
                if (!reply(request).write(out)) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client hung up: expected for most attacks
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.remove(socket);
        }
    }

    private Reply reply(HostileRequest request) {
        for (Script s : scripts) {
            if (s.when().test(request)) {
                return s.responder().answer(request);
            }
        }
        if (!("Bearer " + TOKEN).equals(request.header("Authorization"))) {
            return Reply.json(403, "{\"detail\": \"Token invalid/expired\"}");
        }
        return baseline.answer(request);
    }

    /** One HTTP/1.1 request, or null at end of stream. Bodies are read by Content-Length only. */
    private static HostileRequest read(InputStream in) throws IOException {
        String line = line(in);
        while (line != null && line.isEmpty()) {
            line = line(in);
        }
        if (line == null) {
            return null;
        }
        String[] parts = line.split(" ");
        if (parts.length < 2) {
            return null;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            if (colon > 0) {
                headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
            }
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        String target = parts[1];
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        String query = q < 0 ? "" : target.substring(q + 1);
        path = path.startsWith("/api/v3/") ? path.substring("/api/v3".length()) : path;
        return new HostileRequest(parts[0], path, query, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); ; c = in.read()) {
            if (c < 0) {
                return b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
            }
            if (c == '\n') {
                String s = b.toString(StandardCharsets.ISO_8859_1);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            b.write(c);
        }
    }
}
