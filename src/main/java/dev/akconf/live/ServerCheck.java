package dev.akconf.live;

import dev.akconf.authentik.AuthentikClient;
import dev.akconf.authentik.AuthentikException;
import java.util.concurrent.Future;
import tools.jackson.databind.JsonNode;

/**
 * Reads the server's version and the token's user at the same time as the lists, and refuses a token
 * whose user is not a superuser.
 *
 * <p>Why refuse: ApplicationViewSet.list (authentik/core/api/applications.py, 2026.2.2) returns the
 * full list only when {@code superuser_full_list=true} is asked for <em>and</em> the user is a
 * superuser; anyone else gets the applications their policies let them open, cached per user and page
 * for 24 hours. Every other list is filtered by object permissions (ObjectFilter,
 * authentik/rbac/filters.py, a default filter backend in authentik/root/settings.py). A plan made with
 * such a token would show the applications it cannot see as creates, and drift would call them
 * missing, without any error. There is no sound way around it: the policy-filtered list cannot
 * tell "hidden" from "absent".
 *
 * <p>Why not first and alone: both reads start with the lists, so they cost no round trip. A wrong
 * URL or token still gives one clear error, because results are taken in a fixed order (version,
 * then the user, then the lists), so the first failure reported is the version's.
 */
public final class ServerCheck {

    /** {@code UserViewSet.user_me} (authentik/core/api/users.py): {@code {"user": UserSelfSerializer}}. */
    public static final String ME = "/core/users/me/";
    public static final String VERSION = "/admin/version/";

    private final Future<JsonNode> version;
    private final Future<JsonNode> me;

    private ServerCheck(Future<JsonNode> version, Future<JsonNode> me) {
        this.version = version;
        this.me = me;
    }

    /** Starts both reads on {@code reads}; call before starting the lists, so they go out first. */
    public static ServerCheck start(ParallelReads reads, AuthentikClient client) {
        return new ServerCheck(reads.start(() -> client.get(VERSION)), reads.start(() -> client.get(ME)));
    }

    /** The facts, once both answered; throws (exit 4) when the token's user is not a superuser. */
    public ServerFacts await() {
        JsonNode current = ParallelReads.await(version).path("version_current");
        String v = current.isString() && !current.asString().isBlank() ? current.asString() : "unknown";
        JsonNode user = ParallelReads.await(me).path("user");
        String username = user.path("username").asString("");
        if (!user.path("is_superuser").asBoolean(false)) {
            throw notSuperuser(username);
        }
        return new ServerFacts(v, username);
    }

    static AuthentikException notSuperuser(String username) {
        String who = username.isEmpty() ? "the token's user" : "the token's user \"" + username + "\"";
        return new AuthentikException(who + " is not a superuser (GET " + ME + " says is_superuser: false):"
                + " Authentik lists only the applications a non-superuser's policies let them open"
                + " (ApplicationViewSet.list, authentik/core/api/applications.py), so akconf would plan hidden"
                + " applications as creates; use a token of a member of a group with is_superuser"
                + " (e.g. \"authentik Admins\")", AuthentikException.EXIT_API);
    }
}
