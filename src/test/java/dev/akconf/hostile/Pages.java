package dev.akconf.hostile;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Paginated answers for scripts, honest ({@link #of}) or lying about their pagination ({@link #lying}). */
public final class Pages {

    private Pages() {
    }

    /** Page {@code page} of {@code all} at {@code size} a page, as Authentik paginates. */
    public static String of(List<? extends JsonNode> all, int page, int size) {
        return Baseline.page(all, page, size).toString();
    }

    /** A page holding {@code results} whose pagination says what the test wants (null leaves a field out). */
    public static String lying(List<? extends JsonNode> results, Object count, Object totalPages, Object next, int current) {
        ObjectNode out = Baseline.JSON.createObjectNode();
        ObjectNode p = out.putObject("pagination");
        putRaw(p, "next", next);
        p.put("previous", Math.max(0, current - 1));
        putRaw(p, "count", count);
        p.put("current", current);
        putRaw(p, "total_pages", totalPages);
        out.putArray("results").addAll(List.copyOf(results));
        return out.toString();
    }

    private static void putRaw(ObjectNode p, String field, Object value) {
        if (value instanceof Integer i) {
            p.put(field, i);
        } else if (value instanceof Long l) {
            p.put(field, l);
        } else if (value instanceof String s) {
            p.put(field, s);
        } else if (value instanceof JsonNode n) {
            p.set(field, n);
        }
    }

    /** {@code n} groups named {@code g<i>} with pks {@code pk-<i>}. */
    public static List<ObjectNode> groups(int from, int n) {
        List<ObjectNode> out = new java.util.ArrayList<>();
        for (int i = from; i < from + n; i++) {
            ObjectNode g = Baseline.JSON.createObjectNode();
            g.put("pk", "pk-" + i);
            g.put("name", "g" + i);
            g.put("is_superuser", false);
            out.add(g);
        }
        return out;
    }

    /** Parses JSON text (for scripts that build objects by hand). */
    public static ObjectNode json(String text) {
        return (ObjectNode) Baseline.JSON.readTree(text);
    }
}
