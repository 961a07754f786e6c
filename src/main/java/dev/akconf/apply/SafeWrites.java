package dev.akconf.apply;

import dev.akconf.authentik.AuthentikClient;
import dev.akconf.authentik.AuthentikException;
import dev.akconf.authentik.RetryPolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Writes retried only where that is safe. PATCH and DELETE are idempotent, so they are retried on
 * connection errors, 429, 502, 503 and 504 with backoff; a DELETE retried after the server already
 * acted answers 404, which counts as done. A POST is never blindly repeated: after a failure that
 * may have reached the server, the object is looked up by its natural key first, so it is never
 * created twice.
 */
final class SafeWrites {

    private final AuthentikClient client;
    private final RetryPolicy policy;

    SafeWrites(AuthentikClient client, RetryPolicy policy) {
        this.client = client;
        this.policy = policy;
    }

    JsonNode patch(String path, JsonNode body) {
        return retrying(() -> client.patch(path, body), Optional::empty);
    }

    void delete(String path) {
        retrying(() -> {
            client.delete(path);
            return null;
        }, Optional::empty, true);
    }

    /** POST, with {@code existing} consulted before any retry: a hit means the lost POST did create it. */
    JsonNode create(String path, JsonNode body, Supplier<Optional<JsonNode>> existing) {
        return retrying(() -> client.post(path, body), existing);
    }

    private JsonNode retrying(Supplier<JsonNode> call, Supplier<Optional<JsonNode>> existing) {
        return retrying(call, existing, false);
    }

    private JsonNode retrying(Supplier<JsonNode> call, Supplier<Optional<JsonNode>> existing, boolean goneIsDone) {
        long start = policy.timer().nanoTime();
        for (int attempt = 0; ; attempt++) {
            try {
                return call.get();
            } catch (AuthentikException e) {
                if (attempt > 0 && goneIsDone && e.isNotFound()) {
                    return null; // an earlier attempt reached the server and deleted it
                }
                if (!retryable(e)) {
                    throw e;
                }
                Duration delay = policy.backoff(attempt + 1);
                if (!policy.fitsBudget(start, delay)) {
                    throw e;
                }
                sleep(delay);
                Optional<JsonNode> found = existing.get();
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
    }

    private boolean retryable(AuthentikException e) {
        if (e.status() != 0) {
            return policy.isRetryableStatus(e.status());
        }
        return e.getCause() instanceof IOException io && policy.isRetryable(io, true);
    }

    private void sleep(Duration d) {
        try {
            policy.timer().sleep(d);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new AuthentikException("interrupted while waiting to retry", AuthentikException.EXIT_API);
        }
    }
}
