package dev.akconf.plan;

import dev.akconf.diff.FieldChange;
import dev.akconf.diff.IgnoredField;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.ResourceKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plan as JSON, format_version 1 (the README documents the contract). The same document is the
 * {@code --output json} view and, with the desired bodies added, the {@code --out} plan file that
 * apply reads back. Sensitive values never appear: they are written as {@code "(sensitive value)"}.
 */
public final class PlanJson {

    public static final String SENSITIVE = dev.akconf.render.Sensitive.SHOWN;
    /** Marks a secret in a saved plan's desired body; apply substitutes the text from its environment. */
    public static final String ENV_MARKER = "$akconf_env";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PlanJson() {
    }

    /** The JSON document; {@code withDesired} adds what apply needs (a saved plan file). */
    public static ObjectNode toJson(Plan plan, boolean withDesired) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", Plan.FORMAT_VERSION);
        root.put("akconf_version", plan.akconfVersion());
        root.put("target", plan.target());
        root.put("server_version", plan.serverVersion());
        root.put("created_at", plan.createdAt().toString());
        ArrayNode changes = root.putArray("resource_changes");
        for (ResourceChange c : plan.changes()) {
            ObjectNode o = changes.addObject();
            o.put("address", c.key().address());
            o.put("kind", c.kind().label());
            o.put("name", c.key().shown());
            if (withDesired && c.key().masked()) {
                // The real name is a secret: the plan file keeps its ${VAR} text, apply substitutes it.
                o.put("name_template", c.secrets().get("/" + c.kind().identityField()));
            }
            o.put("action", c.action().word());
            o.put("id", c.id());
            o.put("source", c.source());
            ArrayNode fields = o.putArray("changes");
            for (FieldChange f : c.changes()) {
                ObjectNode fo = fields.addObject();
                fo.put("path", f.path());
                fo.set("before", dev.akconf.render.Sensitive.before(f));
                fo.set("after", dev.akconf.render.Sensitive.after(f));
                marks(fo, f, c.security(f), withDesired);
            }
            o.put("live_fingerprint", c.liveFingerprint());
            if (withDesired) {
                o.set("desired", c.desired() == null ? JSON.nullNode() : withoutSecrets(c));
            }
        }
        ArrayNode ignored = root.putArray("ignored_fields");
        for (ResourceChange c : plan.changes()) {
            for (IgnoredField i : c.ignored()) {
                FieldChange f = i.change();
                ignored.addObject().put("address", c.key().address()).put("path", f.path())
                        .set("before", dev.akconf.render.Sensitive.before(f));
                ObjectNode last = (ObjectNode) ignored.get(ignored.size() - 1);
                last.set("after", dev.akconf.render.Sensitive.after(f));
                last.put("reason", i.reason()).put("source", i.origin().toString());
                marks(last, f, false, withDesired);
            }
        }
        ArrayNode unmanaged = root.putArray("unmanaged");
        for (Unmanaged u : plan.unmanaged()) {
            unmanaged.addObject().put("kind", u.kind().label()).put("name", u.name()).put("id", u.id());
        }
        ArrayNode findings = root.putArray("rule_findings");
        for (RuleFinding f : plan.findings()) {
            findings.addObject().put("rule", f.rule()).put("address", f.key().address()).put("kind", f.key().kind().label())
                    .put("name", f.key().shown()).put("message", f.message());
        }
        ArrayNode allowed = root.putArray("allowed_rules");
        plan.allowedRules().stream().sorted().forEach(allowed::add);
        ObjectNode summary = root.putObject("summary");
        summary.put("add", plan.count(Action.CREATE));
        summary.put("change", plan.count(Action.UPDATE));
        summary.put("destroy", plan.count(Action.DELETE));
        summary.put("security", plan.securityChanges());
        summary.put("unmanaged", plan.unmanaged().size());
        return root;
    }

    public static String write(Plan plan, boolean withDesired) {
        return dev.akconf.render.SafeJson.pretty(toJson(plan, withDesired));
    }

    /** Reads a saved plan file back; throws IllegalArgumentException with a one-line reason when it is not one. */
    public static Plan read(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (tools.jackson.core.JacksonException e) {
            throw new IllegalArgumentException("not a JSON plan file: " + e.getOriginalMessage());
        }
        if (!Plan.FORMAT_VERSION.equals(root.path("format_version").asString(null))) {
            throw new IllegalArgumentException("unsupported plan format_version " + root.path("format_version")
                    + " (this akconf reads " + Plan.FORMAT_VERSION + ")");
        }
        // Each resource's ignored differences, by address, in plan order (show prints them as plan did).
        Map<String, List<IgnoredField>> ignored = new java.util.HashMap<>();
        for (JsonNode i : root.path("ignored_fields")) {
            FieldChange f = new FieldChange(i.path("path").asString(), value(i, "before"), value(i, "after"),
                    i.path("sensitive").asBoolean(false), i.path("undeclared").asBoolean(false));
            ignored.computeIfAbsent(i.path("address").asString(), a -> new ArrayList<>())
                    .add(new IgnoredField(f, i.path("reason").asString(""), origin(i.path("source").asString(""))));
        }
        List<ResourceChange> changes = new ArrayList<>();
        for (JsonNode c : root.path("resource_changes")) {
            Kind kind = Kind.byLabel(c.path("kind").asString()).orElseThrow(
                    () -> new IllegalArgumentException("unknown kind in plan: " + c.path("kind")));
            List<FieldChange> fields = new ArrayList<>();
            for (JsonNode f : c.path("changes")) {
                fields.add(new FieldChange(f.path("path").asString(), value(f, "before"), value(f, "after"), f.path("sensitive").asBoolean(false),
                        f.path("undeclared").asBoolean(false)));
            }
            JsonNode desired = c.get("desired");
            // A sensitive name: shown masked, the real one restored from the desired body (withSecretIdentities).
            String template = c.path("name_template").asString(null);
            ResourceKey key = template == null ? new ResourceKey(kind, c.path("name").asString())
                    : new ResourceKey(kind, template, c.path("name").asString());
            changes.add(new ResourceChange(key, Action.fromWord(c.path("action").asString()),
                    c.path("id").asString(null), fields, c.path("live_fingerprint").asString(null),
                    desired instanceof ObjectNode d ? d : null, c.path("source").asString(""), Map.of(),
                    ignored.getOrDefault(key.address(), List.of())));
        }
        List<Unmanaged> unmanaged = new ArrayList<>();
        for (JsonNode u : root.path("unmanaged")) {
            Kind.byLabel(u.path("kind").asString()).ifPresent(k -> unmanaged.add(new Unmanaged(k, u.path("name").asString(), u.path("id").asString())));
        }
        List<RuleFinding> findings = new ArrayList<>();
        for (JsonNode f : root.path("rule_findings")) {
            Kind.byLabel(f.path("kind").asString()).ifPresent(k -> findings.add(new RuleFinding(f.path("rule").asString(),
                    new ResourceKey(k, f.path("name").asString()), f.path("message").asString())));
        }
        java.util.Set<String> allowed = new java.util.TreeSet<>();
        root.path("allowed_rules").forEach(r -> allowed.add(r.asString()));
        return new Plan(root.path("akconf_version").asString(), root.path("target").asString(), root.path("server_version").asString(),
                Instant.parse(root.path("created_at").asString()), changes, unmanaged, findings, allowed);
    }

    /**
     * A field's flags after its values; with {@code withDesired} (the plan file) also which value was
     * absent rather than null: they print differently, and show must render as plan did.
     */
    private static void marks(ObjectNode o, FieldChange f, boolean security, boolean withDesired) {
        if (f.sensitive()) {
            o.put("sensitive", true);
        }
        if (security) {
            o.put("security", true);
        }
        if (f.undeclared()) {
            o.put("undeclared", true);
        }
        if (withDesired) {
            absent(o, "before_absent", f.before());
            absent(o, "after_absent", f.after());
        }
    }

    /** The desired body with each secret replaced by {@code {"$akconf_env": "<text with ${VAR}>"}}. */
    private static JsonNode withoutSecrets(ResourceChange c) {
        ObjectNode copy = c.desired().deepCopy();
        java.util.Set<String> refs = c.kind().spec().refs().keySet();
        c.secrets().forEach((pointer, given) -> {
            tools.jackson.core.JsonPointer p = tools.jackson.core.JsonPointer.compile(pointer);
            String template = given;
            if (refs.contains(pointer.substring(1).split("/")[0])) {
                // A reference holds a pk (not secret); one waiting for an object this plan creates holds
                // its name, which is: the marker goes inside, and apply restores the name before the pk.
                if (!dev.akconf.diff.PendingRef.is(copy.at(p))) {
                    return;
                }
                p = p.append(tools.jackson.core.JsonPointer.compile("/$akconf_pending/name"));
            }
            JsonNode parent = copy.at(p.head());
            ObjectNode marker = JSON.createObjectNode().put(ENV_MARKER, template);
            if (parent instanceof ObjectNode o) {
                o.set(p.last().getMatchingProperty(), marker);
            } else if (parent instanceof ArrayNode a) {
                a.set(p.last().getMatchingIndex(), marker);
            }
        });
        return copy;
    }

    /**
     * The plan with each sensitive identity restored from its desired body, once apply has substituted
     * the secrets there: a saved plan keeps such a name only as {@code name_template}.
     */
    public static Plan withSecretIdentities(Plan plan) {
        List<ResourceChange> changes = new ArrayList<>();
        for (ResourceChange c : plan.changes()) {
            String field = c.kind().identityField();
            JsonNode real = c.desired() == null || field == null ? null : c.desired().get(field);
            if (c.key().masked() && real != null && real.isString()) {
                changes.add(new ResourceChange(new ResourceKey(c.kind(), real.asString(), c.key().shown()), c.action(), c.id(),
                        c.changes(), c.liveFingerprint(), c.desired(), c.source(), c.secrets(), c.ignored()));
            } else {
                changes.add(c);
            }
        }
        return new Plan(plan.akconfVersion(), plan.target(), plan.serverVersion(), plan.createdAt(), changes, plan.unmanaged(),
                plan.findings(), plan.allowedRules());
    }

    /** {@code FILE:LINE:COLUMN} (as Origin prints it) back into an Origin; a bare file name is the file as a whole. */
    private static dev.akconf.model.Origin origin(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(.*):(\\d+):(\\d+)").matcher(text);
        return m.matches() ? new dev.akconf.model.Origin(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                : dev.akconf.model.Origin.ofFile(text);
    }

    private static void absent(ObjectNode field, String name, JsonNode v) {
        if (v == null || v.isMissingNode()) {
            field.put(name, true);
        }
    }

    private static JsonNode value(JsonNode field, String name) {
        return field.path(name + "_absent").asBoolean(false) ? tools.jackson.databind.node.MissingNode.getInstance() : field.get(name);
    }
}
