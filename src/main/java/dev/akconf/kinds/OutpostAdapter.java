package dev.akconf.kinds;

import tools.jackson.databind.node.ObjectNode;
import java.util.Optional;
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

    /** The embedded outpost is Authentik's: created and renamed back at every start (authentik/outposts/apps.py embedded_outpost). */
    @Override
    public List<String> importNotes(ObjectNode object) {
        return EMBEDDED_MANAGED.equals(object.path("managed").asString(null))
                ? List.of("Authentik creates and owns this outpost; akconf only ever updates it.") : List.of();
    }

    /**
     * {@code config} is OutpostConfig (authentik/outposts/models.py): stored as a dict, a key missing
     * from it reads as default_settings' (authentik/outposts/api/outposts.py default_settings);
     * refresh_interval is a timedelta string; kubernetes_json_patches a mapping per component.
     */
    @Override
    public Optional<KeyedField> keyedField() {
        return Optional.of(Config.FIELD);
    }

    private static final String PATCHES = "kubernetes_json_patches";

    /** Loaded from the schema at first use. */
    private static final class Config {
        static final KeyedField FIELD = KeyedField.fromSchema(Kind.OUTPOST, "config", "an outpost config key",
                Set.of("refresh_interval"), Set.of(PATCHES), "/outposts/instances/default_settings/");
    }

    /** Authentik recreates the embedded outpost at every start (authentik/outposts/apps.py embedded_outpost). */
    @Override
    public Optional<String> undeletable(String identity) {
        return EMBEDDED_NAME.equals(identity)
                ? Optional.of("the embedded outpost cannot be deleted: Authentik recreates it at every start") : Optional.empty();
    }

    /** The providers an outpost serves are expected in the configuration (akconf's check, not Authentik's). */
    @Override
    public Set<String> declaredRefs() {
        return Set.of("providers");
    }

    /**
     * Outposts are what Authentik's controller deploys (authentik/outposts/tasks.py); type defaults to
     * proxy (authentik/outposts/models.py Outpost.type); the embedded one is marked managed
     * (MANAGED_OUTPOST and MANAGED_OUTPOST_NAME, authentik/outposts/apps.py).
     */
    @Override
    public Optional<ControllerModel> controllerModel() {
        return Optional.of(new ControllerModel("type", "proxy", "service_connection", "config", PATCHES, "providers",
                "managed", EMBEDDED_MANAGED, EMBEDDED_NAME));
    }
}
