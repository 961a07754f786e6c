package dev.akconf.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A tiny HTTP forward proxy on loopback, as a corporate CI runner's: absolute-form requests
 * ({@code GET http://host:port/path}) are forwarded with the JDK's HTTP client (no proxy of its own),
 * {@code CONNECT host:port} opens a raw tunnel. It records each request line and the
 * {@code Proxy-Authorization} it came with, so a test can count what went through it.
 */
public final class LoopbackProxy implements AutoCloseable {

    /** One request the proxy saw. */
    public record Seen(String requestLine, String proxyAuthorization) {
    }

    private static final Set<String> HOP = Set.of("host", "connection", "proxy-connection", "proxy-authorization",
            "content-length", "keep-alive", "transfer-encoding", "upgrade", "expect");

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "loopback-proxy");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient upstream = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
            .version(HttpClient.Version.HTTP_1_1).build();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    public LoopbackProxy() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.submit(() -> {
            while (!server.isClosed()) {
                Socket s = server.accept();
                threads.submit(() -> serve(s));
            }
            return null;
        });
    }

    /** {@code http://127.0.0.1:PORT}, with {@code userInfo@} if given. */
    public String url(String userInfo) {
        return "http://" + (userInfo == null ? "" : userInfo + "@") + "127.0.0.1:" + server.getLocalPort();
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    private Void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            while (true) {
                String line = readLine(in);
                if (line == null || line.isEmpty()) {
                    return null;
                }
                String auth = null;
                java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
                for (String h = readLine(in); h != null && !h.isEmpty(); h = readLine(in)) {
                    int colon = h.indexOf(':');
                    String name = h.substring(0, colon).strip();
                    String value = h.substring(colon + 1).strip();
                    if (name.equalsIgnoreCase("Proxy-Authorization")) {
                        auth = value;
                    }
                    headers.put(name, value);
                }
                seen.add(new Seen(line, auth));
                String[] parts = line.split(" ");
                if (parts[0].equals("CONNECT")) {
                    tunnel(socket, parts[1], out);
                    return null;
                }
                int length = 0;
                for (var e : headers.entrySet()) {
                    if (e.getKey().equalsIgnoreCase("Content-Length")) {
                        length = Integer.parseInt(e.getValue());
                    }
                }
                byte[] body = in.readNBytes(length);
                HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(parts[1]))
                        .method(parts[0], body.length == 0 && (parts[0].equals("GET") || parts[0].equals("DELETE"))
                                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
                headers.forEach((k, v) -> {
                    if (!HOP.contains(k.toLowerCase(Locale.ROOT))) {
                        req.header(k, v);
                    }
                });
                HttpResponse<byte[]> answer;
                try {
                    answer = upstream.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
                } catch (InterruptedException e) {
                    return null;
                }
                StringBuilder head = new StringBuilder("HTTP/1.1 " + answer.statusCode() + " Proxied\r\n");
                answer.headers().map().forEach((k, values) -> {
                    if (!HOP.contains(k.toLowerCase(Locale.ROOT)) && !k.startsWith(":")) {
                        values.forEach(v -> head.append(k).append(": ").append(v).append("\r\n"));
                    }
                });
                head.append("Content-Length: ").append(answer.body().length).append("\r\n\r\n");
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(answer.body());
                out.flush();
            }
        } catch (IOException e) {
            return null;
        }
    }

    private void tunnel(Socket client, String target, OutputStream out) throws IOException {
        int colon = target.lastIndexOf(':');
        try (Socket up = new Socket(target.substring(0, colon), Integer.parseInt(target.substring(colon + 1)))) {
            out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            var back = threads.submit(() -> {
                up.getInputStream().transferTo(out);
                return null;
            });
            try {
                client.getInputStream().transferTo(up.getOutputStream());
            } catch (IOException ignored) {
                // the client closed
            }
            back.cancel(true);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                String s = line.toString(StandardCharsets.ISO_8859_1);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
