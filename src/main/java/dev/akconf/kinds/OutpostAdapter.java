package dev.akconf.kinds;

import static dev.akconf.model.FieldRule.authentik;
import static dev.akconf.model.FieldRule.required;

import dev.akconf.model.FieldRule;
import dev.akconf.model.FieldRule.Undeclared;
import dev.akconf.model.RefField;
import dev.akconf.model.RefTarget;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code Outpost}: {@code /outposts/instances/} (authentik/outposts/api/outposts.py OutpostSerializer). */
public final class OutpostAdapter extends GenericAdapter {

    /** Managed id of the embedded outpost, which Authentik creates itself and akconf only updates. */
    public static final String EMBEDDED_MANAGED = "goauthentik.io/outposts/embedded";
    public static final String EMBEDDED_NAME = "authentik Embedded Outpost";

    OutpostAdapter(Kind kind) {
        super(new KindSpec(kind,
                "/outposts/instances/", Map.of(), "pk", "name", "name__iexact",
                List.of("name", "type", "providers", "service_connection", "config", "managed"),
                Map.of("providers", new RefField(RefTarget.PROVIDER, true),
                        "service_connection", new RefField(RefTarget.SERVICE_CONNECTION, false)),
                Set.of("providers"),
                Set.of(),
                Set.of()), table(), null);
    }

    // authentik/outposts/models.py Outpost (type and providers are required by the schema).
    private static List<FieldRule> table() {
        return List.of(
                required("type"),
                required("providers"),
                authentik("service_connection", Values.NONE, "Authentik gives the embedded outpost one at first start "
                        + "(authentik/outposts/apps.py embedded_outpost); resetting it would stop Authentik deploying the outpost"),
                new FieldRule("config", Undeclared.PER_KEY, Values.emptyObject(), false, "undeclared keys belong to Authentik "
                        + "and its admin dashboard (which writes authentik_host); missing keys read from default_settings"),
                authentik("managed", Values.NONE, "the embedded outpost's marker (authentik/blueprints/models.py ManagedModel): "
                        + "resetting it would orphan the outpost Authentik recreates at start"));
    }
}
