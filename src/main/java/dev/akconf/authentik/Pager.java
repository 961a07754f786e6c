package dev.akconf.authentik;

import dev.akconf.concurrent.Tasks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import tools.jackson.databind.JsonNode;

/**
 * Collects every item of an Authentik page-number list (authentik/api/pagination.py at
 * version/2026.2.2: {@code pagination.count}, {@code total_pages}, {@code next} = page number or 0).
 * Page 1 tells {@code total_pages}; pages 2..total are then fetched concurrently on the client's
 * bounded pool and joined in page order. Without {@code total_pages} it follows {@code next} one page
 * at a time. A bare JSON array (non-paginated lists such as {@code used_by/}) is returned as is.
 *
 * <p>What a server says is checked, never trusted with the run's time or memory: {@code total_pages}
 * must be what {@code count} and page 1's size give (Django's Paginator: ceil(count / size)), at most
 * {@value #MAX_PAGES}; a page holds no more objects than page 1; the list may grow by at most
 * {@value #GROWTH} pages while it is read; the same pk on two pages, or a pk or name of the wrong JSON
 * type ({@link AnswerShape}), is an error.
 */
final class Pager {

    /** Hard ceiling of pages per list: 10,000 pages of 100 are a million objects. */
    static final int MAX_PAGES = 10_000;
    /** Pages a list may gain while it is read; more and it "never ends". */
    static final int GROWTH = 2;

    private final Tasks pool;
    private final int pageSize;

    Pager(Tasks pool, int pageSize) {
        this.pool = pool;
        this.pageSize = pageSize;
    }

    List<JsonNode> listAll(String method, String path, IntFunction<JsonNode> fetchPage) {
        JsonNode first = fetchPage.apply(1);
        if (first.isArray()) {
            return List.copyOf(first.values());
        }
        Pages pages = new Pages(method, path);
        int size = pages.add(1, first, pageSize);
        Integer count = pages.number(first, "count", 0);
        Integer total = pages.number(first, "total_pages", 1);
        if (total != null && total > 1) {
            if (size == 0) {
                throw pages.error(1, "page 1 is empty but \"total_pages\" is " + total);
            }
            if (count != null && total != ceilDiv(count, size)) {
                throw pages.error(1, "\"total_pages\" " + total + " does not match \"count\" " + count + " at "
                        + size + " objects a page");
            }
            if (total > MAX_PAGES) {
                throw pages.error(1, "the list has " + total + " pages, more than the " + MAX_PAGES + "-page limit");
            }
        }
        // Pages the list may still have after the announced ones, should it grow meanwhile.
        int cap = Math.min(MAX_PAGES, total != null ? total + GROWTH
                : count != null ? ceilDiv(count, Math.max(size, 1)) + GROWTH : MAX_PAGES);
        int lastFetched = 1;
        JsonNode last = first;
        if (total != null && total > 1) {
            List<Future<JsonNode>> futures = new ArrayList<>();
            for (int page = 2; page <= total; page++) {
                int p = page;
                futures.add(pool.start(() -> fetchPage.apply(p)));
            }
            for (int i = 0; i < futures.size(); i++) {
                JsonNode page = await(futures, i);
                if (page == null) {
                    // The list shrank while we read it ("Invalid page."): what we have is all there is.
                    return pages.items();
                }
                int n = i + 2;
                pages.add(n, page, size);
                Integer now = pages.number(page, "total_pages", 1);
                if (now != null && now > cap) {
                    cancelFrom(futures, i + 1);
                    throw pages.error(n, "the page count grows while the list is read (" + total + ", now " + now + ")");
                }
                last = page;
                lastFetched = n;
            }
        }
        // Fallback when total_pages is absent, and a safety net if the list grew meanwhile.
        for (int next = pages.next(last, lastFetched); next != 0; next = pages.next(last, lastFetched)) {
            if (total == null && count == null) {
                // Authentik always sends both; without them nothing bounds the list but the hard ceiling.
                throw pages.error(lastFetched, "\"pagination.next\" without \"count\" or \"total_pages\"");
            }
            if (next > cap) {
                throw pages.error(lastFetched, total != null
                        ? "the page count grows while the list is read: page " + next + " is announced, page 1 said " + total
                        : "the list does not end: page " + next + " is announced, more than its count allows");
            }
            last = fetchPage.apply(next);
            pages.add(next, last, size == 0 ? pageSize : size);
            lastFetched = next;
        }
        return pages.items();
    }

    private static int ceilDiv(int a, int b) {
        return (int) ((a + (long) b - 1) / b);
    }

    /** The items so far, with the pks seen, and the checks on each page. */
    private static final class Pages {
        private final String method;
        private final String path;
        private final List<JsonNode> items = new ArrayList<>();
        private final Map<String, Integer> pageOfPk = new HashMap<>();

        Pages(String method, String path) {
            this.method = method;
            this.path = path;
        }

        /** Adds a page's results; returns how many it held. */
        int add(int page, JsonNode body, int maxSize) {
            JsonNode results = body.isObject() ? body.get("results") : null;
            if (results == null || !results.isArray()) {
                throw new AuthentikException("unexpected response from " + method + " " + path
                        + ": no \"results\" list in a paginated response", AuthentikException.EXIT_API,
                        method, path, 200, null, Map.of(), null);
            }
            if (results.size() > maxSize) {
                throw error(page, results.size() + " objects on one page, more than the " + maxSize + " expected");
            }
            for (JsonNode item : results) {
                String pk = AnswerShape.checkItem(item, method, path, page);
                Integer earlier = pageOfPk.putIfAbsent(pk, page);
                if (earlier != null) {
                    throw error(page, "pk " + AnswerShape.shortText(item.get("pk")) + " is also on page " + earlier
                            + " (the list changed while it was read, or the server repeats pages): run again");
                }
                items.add(item);
            }
            return results.size();
        }

        /** A pagination number: null when absent, an error when not an integer of at least {@code min}. */
        Integer number(JsonNode page, String field, int min) {
            JsonNode v = page.path("pagination").get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < min) {
                throw error(0, "\"pagination." + field + "\" is " + AnswerShape.describe(v));
            }
            return v.asInt();
        }

        /** The page {@code pagination.next} names after {@code current}: 0 at the end, else exactly the next one. */
        int next(JsonNode page, int current) {
            Integer next = number(page, "next", 0);
            if (next == null || next == 0) {
                return 0;
            }
            if (next != current + 1) {
                throw error(current, "\"pagination.next\" is " + next + " after page " + current);
            }
            return next;
        }

        List<JsonNode> items() {
            return List.copyOf(items);
        }

        AuthentikException error(int page, String what) {
            return AnswerShape.wrong(method, path, page, what);
        }
    }

    /** The page at {@code index}, or null if it no longer exists; cancels the rest on failure. */
    private static JsonNode await(List<Future<JsonNode>> pages, int index) {
        try {
            return Tasks.await(pages.get(index),
                    e -> new AuthentikException("interrupted while fetching list pages", AuthentikException.EXIT_API));
        } catch (CancellationException e) {
            throw new AuthentikException("list page fetch was cancelled", AuthentikException.EXIT_API);
        } catch (RuntimeException | Error e) {
            // An OutOfMemoryError in a page thread is reported as itself (cli/Main).
            cancelFrom(pages, index);
            if (e instanceof AuthentikException ae && ae.isNotFound() && "Invalid page.".equals(ae.detail())) {
                return null;
            }
            throw e;
        }
    }

    private static void cancelFrom(List<Future<JsonNode>> pages, int index) {
        for (int i = index; i < pages.size(); i++) {
            pages.get(i).cancel(true);
        }
    }
}
