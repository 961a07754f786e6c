package dev.akconf.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Dispatches an authenticated API request to its viewset the way Django and DRF do: unknown paths
 * 404 before anything else, then the method check (405), then the object lookup (404), then the
 * action. Every action runs under the state lock, so each request sees and leaves a consistent store.
 */
final class Router {

    static final String API = "/api/v3";

    private final SimState state;
    private final List<Collection> collections = Endpoints.ALL;

    Router(SimState state) {
        this.state = state;
    }

    /** A resolved URL: a collection, and the item key or null for the list URL. */
    record Target(Collection collection, String key, String special) {
    }

    /** The endpoint of an API-relative path, or empty for an unknown path (404 before auth). */
    Optional<Target> resolve(String apiPath) {
        if (apiPath.equals("/admin/version/") || apiPath.equals("/outposts/instances/default_settings/")
                || apiPath.equals(UserMe.PATH)) {
            return Optional.of(new Target(null, null, apiPath));
        }
        for (Collection c : collections) {
            if (apiPath.equals(c.path)) {
                return Optional.of(new Target(c, null, null));
            }
            if (apiPath.startsWith(c.path)) {
                String rest = apiPath.substring(c.path.length());
                int slash = rest.indexOf('/');
                if (slash > 0 && slash == rest.length() - 1 && !rest.contains(".")) {
                    return Optional.of(new Target(c, rest.substring(0, slash), null));
                }
            }
        }
        return Optional.empty();
    }

    Reply handle(Target target, Principal who, String method, Query query, String contentType, byte[] body, String baseUrl) {
        if (target.special() != null) {
            if (!method.equals("GET")) {
                throw ApiError.methodNotAllowed(method);
            }
            return state.read(t -> Reply.ok(switch (target.special()) {
                case "/admin/version/" -> t.version.deepCopy();
                case UserMe.PATH -> UserMe.render(t, who);
                default -> OutpostViews.defaultSettings(t, baseUrl);
            }));
        }
        Collection c = target.collection();
        if (target.key() == null) {
            return switch (method) {
                case "GET" -> state.read(t -> list(t, c, query, who));
                case "POST" -> {
                    if (!c.canCreate()) {
                        throw ApiError.methodNotAllowed(method);
                    }
                    ObjectNode data = RequestBody.parse(contentType, body);
                    yield state.write(t -> {
                        ObjectNode created = c.create(t, data);
                        // Links after the write: the response shows the relations the write made.
                        return Reply.created(c.render(t, new Links(t), created, query));
                    });
                }
                default -> throw ApiError.methodNotAllowed(method);
            };
        }
        if (!c.itemMethods().contains(method)) {
            throw ApiError.methodNotAllowed(method);
        }
        return switch (method) {
            case "GET" -> state.read(t -> Reply.ok(c.render(t, new Links(t), lookup(t, c, target.key()), query)));
            case "DELETE" -> state.write(t -> {
                c.delete(t, lookup(t, c, target.key()));
                return Reply.noContent();
            });
            default -> {
                boolean partial = method.equals("PATCH");
                yield state.write(t -> {
                    // DRF looks the object up before parsing the body: an unknown id is a 404 first.
                    ObjectNode stored = lookup(t, c, target.key());
                    ObjectNode data = RequestBody.parse(contentType, body);
                    ObjectNode updated = c.update(t, stored, data, partial);
                    return Reply.ok(c.render(t, new Links(t), updated, query));
                });
            }
        };
    }

    private static ObjectNode lookup(Tables t, Collection c, String key) {
        return c.find(t, key).orElseThrow(() -> ApiError.noMatch(c.model));
    }

    private static Reply list(Tables t, Collection c, Query q, Principal who) {
        Links links = new Links(t);
        Predicate<ObjectNode> filter = c.filter(t, links, q);
        if (c instanceof Applications && !ApplicationAccess.fullList(t, links, who, q)) {
            // Authentik filters the page after paginating the queryset, so its pages can be short;
            // the simulator filters before, so counts are of visible applications (differs).
            filter = filter.and(app -> ApplicationAccess.passes(t, links, who, app));
        }
        // Differs: other lists are not filtered by the viewer's object permissions (ObjectFilter,
        // authentik/rbac/filters.py), which on Authentik show a user without permissions nothing,
        // and the viewer may write (Authentik: 403 without the model permission).
        List<ObjectNode> matches = new ArrayList<>();
        for (ObjectNode o : c.all(t)) {
            if (filter.test(o)) {
                matches.add(o);
            }
        }
        order(matches, q);
        Pages.Page page = Pages.of(matches.size(), q);
        List<ObjectNode> results = new ArrayList<>(page.to() - page.from());
        for (ObjectNode o : matches.subList(page.from(), page.to())) {
            results.add(c.render(t, links, o, q));
        }
        return Reply.ok(Pages.body(page, results));
    }

    /**
     * DRF's OrderingFilter: {@code ordering=a,-b} replaces the default ordering; fields the objects do
     * not have are dropped silently. The sort is stable, so ties keep the default order.
     */
    private static void order(List<ObjectNode> items, Query q) {
        Optional<String> raw = q.value("ordering");
        if (raw.isEmpty() || items.isEmpty()) {
            return;
        }
        Comparator<ObjectNode> cmp = null;
        for (String term : raw.get().split(",")) {
            String t = term.strip();
            boolean desc = t.startsWith("-");
            String field = desc ? t.substring(1) : t;
            if (field.isEmpty() || items.stream().noneMatch(o -> o.has(field))) {
                continue;
            }
            Comparator<ObjectNode> one = Comparator.comparing((ObjectNode o) -> o.get(field), Router::compare);
            one = desc ? one.reversed() : one;
            cmp = cmp == null ? one : cmp.thenComparing(one);
        }
        if (cmp != null) {
            items.sort(cmp);
        }
    }

    private static int compare(JsonNode a, JsonNode b) {
        return Collection.compareValues(a, b);
    }
}
