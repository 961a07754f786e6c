package dev.akconf.sim;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Authentik's page-number pagination (authentik/api/pagination.py, 2025.12+): page_size defaults to
 * 20 and is capped at 100 (tenant defaults), invalid sizes fall back to the default; a page past
 * the end is DRF's 404 "Invalid page.". Next/previous are page numbers, 0 for none.
 */
final class Pages {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    /** One page: the slice bounds and the pagination object. */
    record Page(int from, int to, ObjectNode pagination) {
    }

    private Pages() {
    }

    static Page of(int count, Query q) {
        int size = pageSize(q);
        int pages = Math.max(1, (count + size - 1) / size);
        String raw = q.last("page").filter(s -> !s.isEmpty()).orElse("1");
        int page;
        if (raw.equals("last")) {
            page = pages;
        } else {
            try {
                page = Integer.parseInt(raw.strip());
            } catch (NumberFormatException e) {
                throw ApiError.notFound("Invalid page.");
            }
        }
        if (page < 1 || page > pages) {
            throw ApiError.notFound("Invalid page.");
        }
        int from = (page - 1) * size;
        int to = Math.min(count, from + size);
        ObjectNode p = Json.object();
        p.put("next", page < pages ? page + 1 : 0);
        p.put("previous", page > 1 ? page - 1 : 0);
        p.put("count", count);
        p.put("current", page);
        p.put("total_pages", pages);
        // Django's Page.start_index()/end_index(): 0/0 for an empty first page.
        p.put("start_index", count == 0 ? 0 : from + 1);
        p.put("end_index", to);
        return new Page(from, to, p);
    }

    /** DRF's _positive_int(strict=True, cutoff=max): 0, negatives and non-numbers mean the default. */
    static int pageSize(Query q) {
        try {
            int size = Integer.parseInt(q.last("page_size").orElse("").strip());
            return size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        } catch (NumberFormatException e) {
            return DEFAULT_SIZE;
        }
    }

    /** The paginated list body: {@code {"pagination": ..., "results": [...], "autocomplete": {}}}. */
    static ObjectNode body(Page page, List<ObjectNode> results) {
        ObjectNode out = Json.object();
        out.set("pagination", page.pagination());
        out.putArray("results").addAll(results);
        // AutocompletePagination (authentik/enterprise/search/pagination.py) adds it to every list.
        out.putObject("autocomplete");
        return out;
    }
}
