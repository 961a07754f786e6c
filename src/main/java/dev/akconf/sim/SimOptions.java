package dev.akconf.sim;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * How to start a {@link Simulator}.
 *
 * @param port    TCP port on 127.0.0.1; 0 picks a free one
 * @param token   the superuser's API token, accepted as {@code Authorization: Bearer <token>}
 * @param viewerToken a second token, whose user (alice) is not a superuser (see {@link Principal})
 * @param seed    the initial state (the simulator works on a copy)
 * @param latency a fixed sleep before serving each request (benchmarks use 20 ms)
 * @param faults  the fault plan
 * @param log     receives one line per request and any internal error; the simulator never prints
 * @param onRequest receives each request once it is answered (or dropped), before the client sees it
 */
public record SimOptions(int port, String token, String viewerToken, SimState seed, Duration latency, FaultPlan faults,
        Consumer<String> log, Consumer<SimRequest> onRequest) {

    /** The token used unless another is given. */
    public static final String DEMO_TOKEN = "akconf-demo-token";
    /** The non-superuser's token unless another is given. */
    public static final String VIEWER_TOKEN = "akconf-demo-viewer-token";

    public SimOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port);
        }
        token = Objects.requireNonNullElse(token, DEMO_TOKEN);
        viewerToken = Objects.requireNonNullElse(viewerToken, VIEWER_TOKEN);
        if (viewerToken.equals(token)) {
            throw new IllegalArgumentException("the viewer token must differ from the token");
        }
        seed = seed == null ? SimState.fresh() : seed;
        latency = Objects.requireNonNullElse(latency, Duration.ZERO);
        faults = Objects.requireNonNullElse(faults, FaultPlan.none());
        log = Objects.requireNonNullElse(log, line -> { });
        onRequest = Objects.requireNonNullElse(onRequest, request -> { });
    }

    /** A free port, the demo token, {@link SimState#fresh()}, no latency, no faults, no log. */
    public static SimOptions defaults() {
        return builder().build();
    }

    /** Defaults with the given seed. */
    public static SimOptions of(SimState seed) {
        return builder().seed(seed).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A mutable builder of {@link SimOptions}. */
    public static final class Builder {
        private int port;
        private String token;
        private String viewerToken;
        private SimState seed;
        private Duration latency;
        private FaultPlan faults;
        private Consumer<String> log;
        private Consumer<SimRequest> onRequest;

        private Builder() {
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder token(String token) {
            this.token = token;
            return this;
        }

        public Builder viewerToken(String viewerToken) {
            this.viewerToken = viewerToken;
            return this;
        }

        public Builder seed(SimState seed) {
            this.seed = seed;
            return this;
        }

        /** Seeds from a fixture in akconf's format (API path → list of objects, or one object). */
        public Builder fixture(JsonNode fixture) {
            this.seed = SimState.fromFixture(fixture);
            return this;
        }

        public Builder latency(Duration latency) {
            this.latency = latency;
            return this;
        }

        public Builder faults(FaultPlan faults) {
            this.faults = faults;
            return this;
        }

        public Builder log(Consumer<String> log) {
            this.log = log;
            return this;
        }

        public Builder onRequest(Consumer<SimRequest> onRequest) {
            this.onRequest = onRequest;
            return this;
        }

        public SimOptions build() {
            return new SimOptions(port, token, viewerToken, seed, latency, faults, log, onRequest);
        }
    }
}
