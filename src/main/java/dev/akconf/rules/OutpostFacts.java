package dev.akconf.rules;

import dev.akconf.config.Resource;
import dev.akconf.controller.ControllerDryRun;
import dev.akconf.controller.DryRunReport;
import dev.akconf.controller.OutpostInput;
import dev.akconf.controller.ServiceConnection;
import dev.akconf.controller.Unknowns;
import dev.akconf.kinds.ControllerModel;
import dev.akconf.live.LiveState;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the outpost rules (AK001, AK003, AK004) need to know about an outpost, and how it is known:
 * offline, from the configuration alone; at plan, from Authentik's object too.
 *
 * @param type            the outpost type ({@code proxy}, {@code ldap}, ...)
 * @param embedded        whether it is the managed embedded outpost
 * @param embeddedBasis   how that was decided, for messages ("its name", "Authentik's managed marker")
 * @param connection      the kind of its service connection after apply
 * @param connectionBasis how that was decided, for messages
 * @param config          the config Authentik would hold after apply (offline: as declared)
 * @param uuid            the outpost's pk when known (labels of the generated objects), or null
 */
public record OutpostFacts(String type, boolean embedded, String embeddedBasis, ServiceConnection connection,
                           String connectionBasis, JsonNode config, String uuid) {

    /** {@code meta_model_name} of the service connection kinds (authentik/outposts/models.py). */
    private static final Map<String, ServiceConnection> MODELS = Map.of(
            "authentik_outposts.kubernetesserviceconnection", ServiceConnection.KUBERNETES,
            "authentik_outposts.dockerserviceconnection", ServiceConnection.DOCKER);

    /** What the adapter says the controller reads of {@code r}'s kind. */
    static ControllerModel model(Resource r) {
        return r.kind().adapter().controllerModel()
                .orElseThrow(() -> new IllegalArgumentException(r.key() + ": Authentik's outpost controller does not deploy this kind"));
    }

    /**
     * From the configuration alone. The embedded outpost is known by its name, as pairing finds it
     * (the adapter's {@link ControllerModel#embeddedByName}). A declared {@code service_connection:
     * null} is none; a named or undeclared one is of unknown kind offline, not absent.
     */
    public static OutpostFacts offline(Resource r) {
        ControllerModel model = model(r);
        JsonNode spec = r.spec();
        boolean embedded = model.embeddedByName(r.key().identity());
        JsonNode sc = spec.get(model.connectionField());
        ServiceConnection connection = sc != null && sc.isNull() ? ServiceConnection.NONE : ServiceConnection.UNKNOWN;
        String basis = sc == null ? "not declared: its kind is unknown offline"
                : sc.isNull() ? "declared as none" : "declared by name: its kind is unknown offline";
        return new OutpostFacts(model.type(spec, model.defaultType()), embedded, "its name", connection, basis, model.config(spec), null);
    }

    /** An outpost as Authentik holds it now: its managed marker, its service connection, its stored config. */
    public static OutpostFacts current(ControllerModel model, ObjectNode object) {
        boolean embedded = model.embeddedByMarker(object);
        ServiceConnection connection;
        String basis;
        // Authentik embeds the connection as <field>_obj (authentik/outposts/api/outposts.py OutpostSerializer).
        JsonNode embeddedConnection = object.path(model.connectionField() + "_obj");
        if (embeddedConnection.isObject()) {
            connection = kindOf(embeddedConnection);
            basis = "\"" + embeddedConnection.path("name").asString("") + "\" in Authentik";
        } else if (object.hasNonNull(model.connectionField())) {
            connection = ServiceConnection.UNKNOWN;
            basis = "not shown by Authentik";
        } else {
            connection = ServiceConnection.NONE;
            basis = "none in Authentik";
        }
        return new OutpostFacts(model.type(object, model.defaultType()), embedded, "Authentik's managed marker", connection, basis,
                model.config(object), object.path("pk").asString(null));
    }

    /**
     * At plan: the outpost as it will be after apply. From the live object {@code liveObject} (empty
     * when the plan creates the outpost) its managed marker, the declared or else the live service
     * connection (kind from its {@code meta_model_name}), and its stored config with the declared
     * keys laid over it, as apply writes it.
     */
    public static OutpostFacts atPlan(Resource r, Optional<ObjectNode> liveObject, LiveState live) {
        ControllerModel model = model(r);
        JsonNode spec = r.spec();
        OutpostFacts now = liveObject.map(o -> current(model, o)).orElse(new OutpostFacts(model.defaultType(), false,
                "the plan creates it", ServiceConnection.NONE, "none (not declared)", live.keyedDefaults(r.kind(), model.configField()), null));
        ServiceConnection connection = now.connection();
        String basis = now.connectionBasis();
        JsonNode declared = spec.get(model.connectionField());
        if (declared != null && declared.isNull()) {
            connection = ServiceConnection.NONE;
            basis = "declared as none";
        } else if (declared != null) {
            Optional<JsonNode> found = live.refs().find(r.kind().spec().refs().get(model.connectionField()).target(), declared.asString(""));
            connection = found.map(OutpostFacts::kindOf).orElse(ServiceConnection.UNKNOWN);
            basis = "\"" + declared.asString("") + "\" in Authentik";
        }
        ObjectNode config = now.config().isObject() ? ((ObjectNode) now.config()).deepCopy() : JsonNodeFactory.instance.objectNode();
        if (spec.path(model.configField()).isObject()) {
            config.setAll((ObjectNode) spec.get(model.configField()));
        }
        return new OutpostFacts(model.type(spec, now.type()), now.embedded(), now.embeddedBasis(), connection, basis,
                config, now.uuid());
    }

    private static ServiceConnection kindOf(JsonNode connection) {
        return MODELS.getOrDefault(connection.path("meta_model_name").asString(""), ServiceConnection.UNKNOWN);
    }

    /** Authentik's controller, dry-run on these facts. */
    public DryRunReport dryRun(String name) {
        Unknowns unknowns = uuid == null ? Unknowns.placeholders() : Unknowns.placeholders().withUuid(uuid);
        return ControllerDryRun.run(new OutpostInput(name, type, embedded, connection, config, unknowns));
    }
}
