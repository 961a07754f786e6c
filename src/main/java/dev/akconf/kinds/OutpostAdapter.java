package dev.akconf.kinds;

import static dev.akconf.model.FieldRule.authentik;
import static dev.akconf.model.FieldRule.required;

import dev.akconf.model.FieldRule;
import dev.akconf.model.FieldRule.Undeclared;
import dev.akconf.model.RefField;
import dev.akconf.model.RefTarget;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

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

    /** {@code GET} of Authentik's outpost config defaults (authentik/outposts/api/outposts.py OutpostViewSet.default_settings). */
    public static final String DEFAULT_SETTINGS = "/outposts/instances/default_settings/";

    /**
     * {@code config} is one JSONDictField (authentik/outposts/api/outposts.py OutpostSerializer) that
     * every write replaces whole, and Authentik fills the keys the stored dict lacks from
     * default_outpost_config when it reads it (authentik/outposts/models.py Outpost.config), so a
     * missing key means its default_settings value. {@code refresh_interval} is parsed with
     * timedelta_from_string (authentik/lib/utils/time.py), so it compares by length.
     * {@code kubernetes_json_patches} is one value: compared and written whole, listed per component;
     * {@code null}, a missing key and {@code {}} are the same value, no patches, as the controller reads
     * them (authentik/outposts/controllers/k8s/base.py {@code get_patch}: {@code if not patches: return None}).
     */
    private static final Map<String, KeyedField> KEYED = Map.of("config",
            new KeyedField(DEFAULT_SETTINGS, Set.of("refresh_interval"), Set.of("kubernetes_json_patches")));

    @Override
    public Map<String, KeyedField> keyedFields() {
        return KEYED;
    }

    /**
     * The embedded outpost is the one whose {@code managed} marker Authentik's startup reconciler
     * set, whatever it is called now, as Authentik's own UI finds it (authentik/outposts/apps.py
     * MANAGED_OUTPOST, reconcile_embedded_outpost).
     */
    @Override
    public Optional<String> markedIdentity(JsonNode live) {
        return EMBEDDED_MANAGED.equals(live.path("managed").asString(null)) ? Optional.of(EMBEDDED_NAME) : Optional.empty();
    }

    @Override
    public List<KindProblem> planProblems(ResourceKey key, Optional<ObjectNode> match) {
        if (match.isEmpty() && key.identity().equals(EMBEDDED_NAME)) {
            // Authentik's startup reconciler owns it; one created through the API would be a second,
            // unmanaged outpost of that name (authentik/outposts/apps.py, reconcile_embedded_outpost).
            return List.of(new KindProblem(null, "the embedded outpost does not exist in Authentik (is "
                    + "AUTHENTIK_OUTPOSTS__DISABLE_EMBEDDED_OUTPOST set?); akconf updates it but never creates it"));
        }
        return List.of();
    }

    /** Authentik's outpost config defaults out of the answers of the reads plan made ({@link #DEFAULT_SETTINGS}). */
    public static ObjectNode configDefaults(java.util.function.Function<String, JsonNode> reads) {
        JsonNode answer = reads.apply(DEFAULT_SETTINGS);
        return answer != null && answer.path("config") instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode();
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
