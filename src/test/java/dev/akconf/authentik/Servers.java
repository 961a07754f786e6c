package dev.akconf.authentik;

import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Small helpers shared by the client tests. */
final class Servers {

    static final String TOKEN = "tok-SECRET-123";

    private Servers() {
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code)
                .setHeader("Content-Type", "application/json").body(body).build();
    }

    static ClientSettings.Builder settings(MockWebServer server) {
        return ClientSettings.builder(server.url("/").toString(), TOKEN).userAgentVersion("1.2.3");
    }

    /** A client whose retries use {@code timer} instead of really sleeping. */
    static AuthentikClient client(MockWebServer server, FakeTimer timer, Consumer<ClientSettings.Builder> tweak) {
        ClientSettings.Builder b = settings(server);
        tweak.accept(b);
        ClientSettings s = b.build();
        return new AuthentikClient(s, FakeTimer.policy(timer, s.retryBudget()));
    }

    static AuthentikClient client(MockWebServer server, FakeTimer timer) {
        return client(server, timer, b -> { });
    }
}
