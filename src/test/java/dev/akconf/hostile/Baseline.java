package dev.akconf.hostile;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The well-behaved part of {@link HostileAuthentik}: just enough of Authentik 2026.2.2 for plan, apply,
 * drift and import to run, so a test scripts only the one answer it attacks with.
 */
final class Baseline {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, List<ObjectNode>> lists = new ConcurrentHashMap<>();

    List<ObjectNode> objects(String listPath) {
        return lists.computeIfAbsent(listPath, p -> new CopyOnWriteArrayList<>());
    }

    Reply answer(HostileRequest r) {
        String path = r.path();
        if (r.method().equals("GET")) {
            return switch (path) {
                case "/admin/version/" -> Reply.json(200, "{\"version_current\": \"2026.2.2\", \"build_hash\": \"\"}");
                case "/core/users/me/" -> Reply.json(200,
                        "{\"user\": {\"pk\": 1, \"username\": \"akadmin\", \"name\": \"authentik Default Admin\", \"is_superuser\": true}}");
                case "/outposts/instances/default_settings/" -> Reply.json(200,
                        "{\"config\": {\"log_level\": \"info\", \"authentik_host\": \"\", \"refresh_interval\": \"minutes=5\"}}");
                default -> get(r);
            };
        }
        return write(r);
    }

    private Reply get(HostileRequest r) {
        // An object when the path names one, else a page of the list (empty for lists nobody filled).
        ObjectNode found = lists.containsKey(r.path()) ? null : find(r.path());
        if (found != null) {
            return Reply.json(200, found.toString());
        }
        List<ObjectNode> all = objects(r.path());
        int size = pageSize(r);
        if (r.page() < 1 || r.page() > Math.max(1, (all.size() + size - 1) / size)) {
            return Reply.json(404, "{\"detail\": \"Invalid page.\"}");
        }
        return Reply.json(200, page(all, r.page(), size).toString());
    }

    private Reply write(HostileRequest r) {
        JsonNode body = r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
        switch (r.method()) {
            case "POST" -> {
                ObjectNode created = ((ObjectNode) body).deepCopy();
                created.put("pk", UUID.randomUUID().toString());
                objects(r.path()).add(created);
                return Reply.json(201, created.toString());
            }
            case "PATCH", "PUT" -> {
                ObjectNode found = find(r.path());
                if (found == null) {
                    return Reply.json(404, "{\"detail\": \"Not found.\"}");
                }
                body.properties().forEach(e -> found.set(e.getKey(), e.getValue()));
                return Reply.json(200, found.toString());
            }
            case "DELETE" -> {
                ObjectNode found = find(r.path());
                if (found == null) {
                    return Reply.json(404, "{\"detail\": \"Not found.\"}");
                }
                lists.values().forEach(l -> l.remove(found));
                return Reply.status(204, Map.of(), new byte[0]);
            }
            default -> {
                return Reply.json(405, "{\"detail\": \"Method not allowed.\"}");
            }
        }
    }

    /** The object {@code /list/path/<pk or slug>/} names, or null. */
    private ObjectNode find(String itemPath) {
        String trimmed = itemPath.substring(0, itemPath.length() - (itemPath.endsWith("/") ? 1 : 0));
        int cut = trimmed.lastIndexOf('/');
        String key = trimmed.substring(cut + 1);
        List<ObjectNode> list = lists.get(trimmed.substring(0, cut + 1));
        if (list == null) {
            return null;
        }
        for (ObjectNode o : list) {
            if (key.equals(o.path("pk").asString("")) || key.equals(o.path("slug").asString(""))) {
                return o;
            }
        }
        return null;
    }

    private static int pageSize(HostileRequest r) {
        try {
            String s = r.param("page_size");
            int n = s == null ? 20 : Integer.parseInt(s);
            return n <= 0 ? 20 : Math.min(n, 100);
        } catch (NumberFormatException e) {
            return 20;
        }
    }

    /** Authentik's page-number pagination (authentik/api/pagination.py at version/2026.2.2). */
    static ObjectNode page(List<? extends JsonNode> all, int page, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int from = Math.min(all.size(), (Math.max(page, 1) - 1) * size);
        int to = Math.min(all.size(), from + size);
        ObjectNode out = JSON.createObjectNode();
        ObjectNode p = out.putObject("pagination");
        p.put("next", page < pages ? page + 1 : 0);
        p.put("previous", page > 1 ? page - 1 : 0);
        p.put("count", all.size());
        p.put("current", page);
        p.put("total_pages", pages);
        p.put("start_index", all.isEmpty() ? 0 : from + 1);
        p.put("end_index", to);
        ArrayNode results = out.putArray("results");
        for (int i = from; i < to; i++) {
            results.add(all.get(i));
        }
        return out;
    }
}
