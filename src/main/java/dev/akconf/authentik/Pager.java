package dev.akconf.authentik;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import tools.jackson.databind.JsonNode;

/**
 * Collects every item of an Authentik page-number list. Page 1 tells {@code total_pages}; pages
 * 2..total are then fetched concurrently on the client's bounded pool and joined in page order.
 * Without {@code total_pages} it follows {@code pagination.next} (a page number, 0 = none) one
 * page at a time. A bare JSON array (non-paginated lists such as {@code used_by/}) is returned as is.
 */
final class Pager {

    private final ExecutorService pool;

    Pager(ExecutorService pool) {
        this.pool = pool;
    }

    List<JsonNode> listAll(String method, String path, IntFunction<JsonNode> fetchPage) {
        JsonNode first = fetchPage.apply(1);
        if (first.isArray()) {
            return List.copyOf(first.values());
        }
        List<JsonNode> items = new ArrayList<>();
        addResults(first, items, method, path);
        int totalPages = number(first, "total_pages");
        int lastFetched = 1;
        JsonNode last = first;
        if (totalPages > 1) {
            List<Future<JsonNode>> pages = new ArrayList<>();
            for (int page = 2; page <= totalPages; page++) {
                int p = page;
                pages.add(pool.submit(() -> fetchPage.apply(p)));
            }
            for (int i = 0; i < pages.size(); i++) {
                JsonNode page = await(pages, i);
                if (page == null) {
                    // The list shrank while we read it ("Invalid page."): what we have is all there is.
                    return List.copyOf(items);
                }
                addResults(page, items, method, path);
                last = page;
                lastFetched = i + 2;
            }
        }
        // Fallback when total_pages is absent, and a safety net if the list grew meanwhile.
        for (int next = number(last, "next"); next > lastFetched; next = number(last, "next")) {
            last = fetchPage.apply(next);
            addResults(last, items, method, path);
            lastFetched = next;
        }
        return List.copyOf(items);
    }

    /** The page at {@code index}, or null if it no longer exists; cancels the rest on failure. */
    private static JsonNode await(List<Future<JsonNode>> pages, int index) {
        try {
            return pages.get(index).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AuthentikException ae && ae.isNotFound() && "Invalid page.".equals(ae.detail())) {
                cancelFrom(pages, index);
                return null;
            }
            cancelFrom(pages, index);
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("page fetch failed", cause);
        } catch (InterruptedException e) {
            cancelFrom(pages, index);
            Thread.currentThread().interrupt();
            throw new AuthentikException("interrupted while fetching list pages", AuthentikException.EXIT_API);
        } catch (CancellationException e) {
            throw new AuthentikException("list page fetch was cancelled", AuthentikException.EXIT_API);
        }
    }

    private static void cancelFrom(List<Future<JsonNode>> pages, int index) {
        for (int i = index; i < pages.size(); i++) {
            pages.get(i).cancel(true);
        }
    }

    private static void addResults(JsonNode page, List<JsonNode> into, String method, String path) {
        JsonNode results = page.get("results");
        if (results == null || !results.isArray()) {
            throw new AuthentikException("unexpected response from " + method + " " + path
                    + ": no \"results\" list in a paginated response", AuthentikException.EXIT_API,
                    method, path, 200, null, Map.of(), null);
        }
        into.addAll(results.values());
    }

    private static int number(JsonNode page, String field) {
        JsonNode value = page.path("pagination").path(field);
        return value.isNumber() ? value.asInt() : 0;
    }
}
