package dev.akconf.sim;

import java.time.Duration;
import java.util.Objects;

/** What the simulator does to one request besides serving it: nothing, a delay, a 503, or a dropped connection. */
public record Fault(Kind kind, Duration delay) {

    /** The kinds of fault. */
    public enum Kind {
        /** Serve normally. */
        NONE,
        /** Wait {@link Fault#delay()} (on top of the fixed latency), then serve normally. */
        DELAY,
        /** Answer 503 {@code {"detail": "Service Unavailable"}} with {@code Retry-After: 0}; nothing changes. */
        UNAVAILABLE,
        /** Close the connection without any response before acting: nothing changes. */
        DROP_BEFORE,
        /** Act (the state changes), then close the connection without any response. */
        DROP_AFTER
    }

    private static final Fault NONE = new Fault(Kind.NONE, Duration.ZERO);

    public Fault {
        Objects.requireNonNull(kind, "kind");
        delay = delay == null ? Duration.ZERO : delay;
        if (delay.isNegative()) {
            throw new IllegalArgumentException("negative delay " + delay);
        }
    }

    public static Fault none() {
        return NONE;
    }

    public static Fault delay(Duration delay) {
        return new Fault(Kind.DELAY, delay);
    }

    public static Fault unavailable() {
        return new Fault(Kind.UNAVAILABLE, Duration.ZERO);
    }

    public static Fault dropBefore() {
        return new Fault(Kind.DROP_BEFORE, Duration.ZERO);
    }

    public static Fault dropAfter() {
        return new Fault(Kind.DROP_AFTER, Duration.ZERO);
    }
}
