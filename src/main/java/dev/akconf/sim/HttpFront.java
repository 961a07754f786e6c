package dev.akconf.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTTP side of the simulator: latency, faults, authentication, dispatch, recording. A dropped
 * connection is an exchange closed before any response header was sent, which makes the JDK server
 * close the socket without writing a byte (sun.net.httpserver.ExchangeImpl.close).
 */
final class HttpFront implements HttpHandler {

    private final SimOptions options;
    private final Router router;
    private final RequestLog log;
    private final AtomicLong received = new AtomicLong();
    private final Object planLock = new Object();

    HttpFront(SimOptions options, Router router, RequestLog log) {
        this.options = options;
        this.router = router;
        this.log = log;
    }

    long received() {
        return received.get();
    }

    @Override
    public void handle(HttpExchange ex) {
        try {
            serve(ex);
        } catch (IOException | RuntimeException e) {
            StackTraceElement[] at = e.getStackTrace();
            options.log().accept("sim: " + ex.getRequestMethod() + " " + ex.getRequestURI() + " failed: " + e
                    + (at.length > 0 ? " at " + at[0] : ""));
            ex.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ex.close();
        }
    }

    private void serve(HttpExchange ex) throws IOException, InterruptedException {
        byte[] body = ex.getRequestBody().readAllBytes();
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getPath();
        String query = ex.getRequestURI().getRawQuery();
        String apiPath = path.startsWith(Router.API + "/") ? path.substring(Router.API.length()) : null;
        Optional<Router.Target> target = apiPath == null ? Optional.empty() : router.resolve(apiPath);
        log.count(method, RequestLog.template(target.orElse(null), apiPath == null ? path : apiPath));
        long index;
        Fault fault;
        synchronized (planLock) {
            index = received.incrementAndGet();
            fault = options.faults().decide(index, method, path);
        }
        sleep(options.latency());
        String bodyText = body.length == 0 ? null : new String(body, StandardCharsets.UTF_8);
        if (fault.kind() == Fault.Kind.DELAY) {
            sleep(fault.delay());
        }
        if (fault.kind() == Fault.Kind.DROP_BEFORE) {
            drop(ex, new SimRequest(index, method, path, query, 0, bodyText, null, fault.kind()));
            return;
        }
        Reply reply = fault.kind() == Fault.Kind.UNAVAILABLE
                ? new Reply(503, Json.detail("Service Unavailable"), Map.of("Retry-After", "0"))
                : dispatch(ex, target, method, path, query, body);
        if (fault.kind() == Fault.Kind.DROP_AFTER) {
            drop(ex, new SimRequest(index, method, path, query, 0, bodyText, null, fault.kind()));
            return;
        }
        String responseText = reply.body() == null ? null : Json.MAPPER.writeValueAsString(reply.body());
        // Record before answering: a client that saw the response must find its request recorded.
        record(new SimRequest(index, method, path, query, reply.status(), bodyText, responseText, fault.kind()));
        send(ex, reply, responseText);
    }

    private Reply dispatch(HttpExchange ex, Optional<Router.Target> target, String method, String path,
            String query, byte[] body) {
        try {
            if (target.isEmpty()) {
                // Django resolves the URL before DRF authenticates: unknown paths are 404 for anyone.
                return Reply.detail(404, "Not found.");
            }
            String authorization = ex.getRequestHeaders().getFirst("Authorization");
            Optional<Principal> who = Auth.principal(authorization, options);
            if (who.isEmpty()) {
                return Reply.detail(403, Auth.check(authorization, options.token()).orElse(Auth.INVALID));
            }
            return router.handle(target.get(), who.get(), method, Query.parse(query),
                    ex.getRequestHeaders().getFirst("Content-Type"), body, baseUrl(ex));
        } catch (ApiError e) {
            return e.reply();
        } catch (RequestBody.UnsupportedMediaType e) {
            return Reply.detail(415, e.getMessage());
        } catch (ServerFault e) {
            options.log().accept("sim: emulated server error for " + method + " " + path + ": " + e.getMessage());
            return Reply.detail(500, e.detail());
        } catch (RuntimeException e) {
            // A simulator bug: answer like a crashing server would, and say so in the log.
            StackTraceElement[] at = e.getStackTrace();
            options.log().accept("sim: " + method + " " + path + " failed: " + e + (at.length > 0 ? " at " + at[0] : ""));
            return Reply.detail(500, "A server error occurred.");
        }
    }

    /** {@code request.build_absolute_uri("/")}: the scheme and Host header the client used. */
    private static String baseUrl(HttpExchange ex) {
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null || host.isBlank()) {
            host = "127.0.0.1:" + ex.getLocalAddress().getPort();
        }
        return "http://" + host + "/";
    }

    private void send(HttpExchange ex, Reply reply, String text) throws IOException {
        reply.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        if (text == null) {
            ex.sendResponseHeaders(reply.status(), -1);
        } else {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(reply.status(), bytes.length);
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }

    private void drop(HttpExchange ex, SimRequest request) {
        record(request);
        ex.close();
    }

    private void record(SimRequest r) {
        log.add(r);
        options.onRequest().accept(r);
        options.log().accept("sim: " + r.method() + " " + r.path() + (r.query() == null ? "" : "?" + r.query())
                + " -> " + (r.status() == 0 ? "dropped" : String.valueOf(r.status()))
                + (r.fault() == Fault.Kind.NONE ? "" : " [" + r.fault() + "]"));
    }

    private static void sleep(Duration d) throws InterruptedException {
        if (!d.isZero()) {
            Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
        }
    }
}
