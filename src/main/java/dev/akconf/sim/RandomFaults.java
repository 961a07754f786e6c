package dev.akconf.sim;

import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Faults drawn from a seeded {@link Random}: each request the plan applies to (by method and path
 * prefix) draws one number and gets a 503, a drop before or after acting, or a delay with the
 * configured probabilities; everything else passes. An optional limit caps the number of faults.
 */
public final class RandomFaults implements FaultPlan {

    private final Random random;
    private double unavailable;
    private double dropBefore;
    private double dropAfter;
    private double delayed;
    private Duration delay = Duration.ZERO;
    private final Set<String> methods = new TreeSet<>();
    private String pathPrefix = "";
    private long limit = Long.MAX_VALUE;
    private long injected;

    RandomFaults(long seed) {
        this.random = new Random(seed);
    }

    /** Probability of a 503 with {@code Retry-After: 0}. */
    public RandomFaults unavailable(double probability) {
        this.unavailable = check(probability);
        return this;
    }

    /** Probability of closing the connection before acting. */
    public RandomFaults dropBefore(double probability) {
        this.dropBefore = check(probability);
        return this;
    }

    /** Probability of acting and then closing the connection without a response. */
    public RandomFaults dropAfter(double probability) {
        this.dropAfter = check(probability);
        return this;
    }

    /** Probability of an extra delay of {@code by} before serving. */
    public RandomFaults delay(double probability, Duration by) {
        this.delayed = check(probability);
        this.delay = by;
        return this;
    }

    /** Only requests with these methods get faults (default: all methods). */
    public RandomFaults onlyMethods(String... names) {
        for (String m : names) {
            methods.add(m.toUpperCase(Locale.ROOT));
        }
        return this;
    }

    /** Only writes (POST, PUT, PATCH, DELETE) get faults. */
    public RandomFaults onlyWrites() {
        return onlyMethods("POST", "PUT", "PATCH", "DELETE");
    }

    /** Only requests whose path starts with {@code prefix} (e.g. {@code /api/v3/outposts/}) get faults. */
    public RandomFaults onlyPaths(String prefix) {
        this.pathPrefix = prefix;
        return this;
    }

    /** At most {@code max} faults in total. */
    public RandomFaults limit(long max) {
        this.limit = max;
        return this;
    }

    @Override
    public Fault decide(long index, String method, String path) {
        if (injected >= limit || !methods.isEmpty() && !methods.contains(method) || !path.startsWith(pathPrefix)) {
            return Fault.none();
        }
        double r = random.nextDouble();
        Fault fault = Fault.none();
        if (r < unavailable) {
            fault = Fault.unavailable();
        } else if (r < unavailable + dropBefore) {
            fault = Fault.dropBefore();
        } else if (r < unavailable + dropBefore + dropAfter) {
            fault = Fault.dropAfter();
        } else if (r < unavailable + dropBefore + dropAfter + delayed) {
            fault = Fault.delay(delay);
        }
        if (fault.kind() != Fault.Kind.NONE) {
            injected++;
        }
        return fault;
    }

    private static double check(double p) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("probability " + p + " is not within [0, 1]");
        }
        return p;
    }
}
