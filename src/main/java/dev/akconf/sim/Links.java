package dev.akconf.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reverse relations a response needs (which application uses a provider, which outposts list
 * it), computed once per request so that rendering a page stays linear.
 */
final class Links {

    private final Map<Integer, ObjectNode> application = new HashMap<>();
    private final Map<Integer, ObjectNode> backchannel = new HashMap<>();
    private final Map<Integer, List<String>> outposts = new HashMap<>();

    Links(Tables t) {
        for (ObjectNode app : t.applications.values()) {
            JsonNode p = app.get("provider");
            if (p != null && p.isIntegralNumber()) {
                application.putIfAbsent(p.intValue(), app);
            }
            for (int pk : Json.ints(app.get("backchannel_providers"))) {
                backchannel.putIfAbsent(pk, app);
            }
        }
        for (ObjectNode outpost : t.outposts.values()) {
            for (int pk : Json.ints(outpost.get("providers"))) {
                outposts.computeIfAbsent(pk, k -> new ArrayList<>()).add(Json.text(outpost, "name"));
            }
        }
    }

    /** The application whose {@code provider} is this one (a OneToOne), or null. */
    ObjectNode applicationOf(int providerPk) {
        return application.get(providerPk);
    }

    /** The application listing this provider as a backchannel provider, or null. */
    ObjectNode backchannelApplicationOf(int providerPk) {
        return backchannel.get(providerPk);
    }

    /** Names of the outposts using the provider, in outpost order. */
    List<String> outpostNamesOf(int providerPk) {
        return outposts.getOrDefault(providerPk, List.of());
    }
}
