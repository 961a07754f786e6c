package dev.akconf.refresh;

import dev.akconf.config.Resource;
import dev.akconf.live.DeclaredRefs;
import dev.akconf.live.LiveState;
import dev.akconf.model.Durations;
import dev.akconf.kinds.Kind;
import dev.akconf.kinds.KindSpec;
import dev.akconf.model.RefField;
import dev.akconf.kinds.ResourceKey;
import dev.akconf.plan.Action;
import dev.akconf.diff.FieldChange;
import dev.akconf.plan.Plan;
import dev.akconf.plan.ResourceChange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Turns a plan into file edits that make the configuration say what Authentik holds. Which fields
 * differ, and each live value in the configuration's words (names, not pks), come from the plan
 * (its {@link FieldChange}s), so every rule of the comparison (declared fields, Authentik's
 * defaults for undeclared ones, ignored fields, whole-value patches) holds for refresh too. Only
 * the spelling is refresh's own: a duration keeps the author's unit when it divides the new length
 * exactly, and a set-valued list keeps the author's order for the items that stay.
 */
public final class RefreshPlanner {

    private static final Pattern ONE_UNIT = Pattern.compile("([a-z]+)=[0-9]+(\\.[0-9]*)?");

    private final LiveState live;

    public RefreshPlanner(LiveState live) {
        this.live = live;
    }

    /** @param prune remove the documents of resources deleted in Authentik */
    public RefreshWork work(Plan plan, List<Resource> resources, boolean prune) {
        Map<ResourceKey, Resource> byKey = new HashMap<>();
        resources.forEach(r -> byKey.putIfAbsent(r.key(), r));
        Map<String, List<Edit>> edits = new LinkedHashMap<>();
        List<Notice> notices = new ArrayList<>();
        Map<Edit, String> positions = new HashMap<>();
        for (ResourceChange c : plan.changes()) {
            Resource r = byKey.get(c.key());
            if (r == null) {
                continue;
            }
            String where = r.origin().toString();
            if (c.action() == Action.CREATE) {
                if (prune) {
                    Edit e = new Edit.RemoveDocument(r.document().index(), c.key().toString());
                    edits.computeIfAbsent(r.document().file(), f -> new ArrayList<>()).add(e);
                    positions.put(e, r.origin().toString());
                } else {
                    notices.add(new Notice(where, c.key().toString(),
                            "deleted in Authentik; its document is left (refresh --prune removes it, apply creates it again)"));
                }
            } else if (c.action() == Action.DELETE) {
                notices.add(new Notice(where, c.key().toString(),
                        "declared state: absent, but it exists in Authentik; left for a person (apply deletes it)"));
            } else if (c.action() == Action.UPDATE) {
                for (FieldChange f : c.changes()) {
                    String what = Leftovers.what(c, f);
                    Optional<String> problem = problem(r, f);
                    if (problem.isPresent()) {
                        notices.add(new Notice(r.specOrigin(f.path()).toString(), what, problem.get()));
                        continue;
                    }
                    Edit e = new Edit.Set(r.document().index(), pointer(r, f.path()), value(r, f), order(r, f.path()), what);
                    edits.computeIfAbsent(r.document().file(), x -> new ArrayList<>()).add(e);
                    positions.put(e, r.document().source().value(pointer(r, f.path())).toString());
                }
            }
        }
        return new RefreshWork(edits, notices, positions);
    }

    /** Why a change cannot be written into the file, if it cannot. */
    private Optional<String> problem(Resource r, FieldChange f) {
        if (f.sensitive()) {
            return Optional.of("drifted; the value is sensitive, and refresh never writes one into a file");
        }
        if (f.before().isMissingNode()) {
            return Optional.of("Authentik does not return this field; left for a person");
        }
        RefField ref = ref(r.kind(), f);
        if (ref != null) {
            Optional<String> unnamed = unnamed(ref, f.before());
            if (unnamed.isPresent()) {
                return Optional.of("Authentik points at " + ref.target().noun() + " " + unnamed.get()
                        + ", which akconf cannot name; left for a person");
            }
        }
        return Optional.empty();
    }

    private static RefField ref(Kind kind, FieldChange f) {
        return f.path().indexOf('/', 1) >= 0 ? null : kind.spec().refs().get(f.path().substring(1));
    }

    /** A value of a reference the live tables cannot name (still a pk), if any. */
    private Optional<String> unnamed(RefField ref, JsonNode before) {
        List<JsonNode> names = new ArrayList<>();
        if (before.isArray()) {
            before.forEach(names::add);
        } else if (!before.isNull() && !before.isMissingNode()) {
            names.add(before);
        }
        for (JsonNode n : names) {
            String text = n.asString();
            boolean named = live.refs().find(ref.target(), text)
                    .map(o -> text.equals(o.path(ref.target().keyFields().get(0)).asString(null))).orElse(false);
            if (!named) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /**
     * The reference tables a plan's live values point into that were not read: a field declared
     * {@code null} needs no table for plan, but refresh must name what the UI chose there.
     */
    public java.util.Set<dev.akconf.model.RefTarget> unreadTables(Plan plan) {
        java.util.Set<dev.akconf.model.RefTarget> out = java.util.EnumSet.noneOf(dev.akconf.model.RefTarget.class);
        for (ResourceChange c : plan.changes()) {
            for (FieldChange f : c.action() == Action.UPDATE ? c.changes() : List.<FieldChange>of()) {
                RefField ref = ref(c.kind(), f);
                if (ref != null && !live.refs().isLoaded(ref.target()) && unnamed(ref, f.before()).isPresent()) {
                    out.add(ref.target());
                }
            }
        }
        return out;
    }

    /** The reference tables not read that objects created in the UI point into: import names them from there. */
    public java.util.Set<dev.akconf.model.RefTarget> unreadTables(List<dev.akconf.plan.Unmanaged> unmanaged) {
        java.util.Set<dev.akconf.model.RefTarget> out = java.util.EnumSet.noneOf(dev.akconf.model.RefTarget.class);
        for (dev.akconf.plan.Unmanaged u : unmanaged) {
            for (tools.jackson.databind.node.ObjectNode o : live.of(u.kind())) {
                if (!o.path("pk").asString().equals(u.id())) {
                    continue;
                }
                u.kind().spec().refs().forEach((field, ref) -> {
                    JsonNode v = o.get(field);
                    if (v != null && !v.isNull() && !(v.isArray() && v.isEmpty()) && !live.refs().isLoaded(ref.target())) {
                        out.add(ref.target());
                    }
                });
            }
        }
        return out;
    }

    /** The document pointer of a plan path: in spec, except the identity and a binding's target and subject. */
    static String pointer(Resource r, String path) {
        String field = path.substring(1).split("/", 2)[0];
        if (r.kind() == Kind.POLICY_BINDING && !(path.indexOf('/', 1) >= 0)) {
            String at = DeclaredRefs.pointer(r, field);
            if (!at.startsWith("/spec/")) {
                return at;
            }
        }
        if (field.equals(r.kind().identityField()) && !r.spec().has(field) && !(path.indexOf('/', 1) >= 0)) {
            return "/" + field;
        }
        return "/spec" + path;
    }

    /** The API's field order for the mapping a new field would join: the kind's for spec, the live config's below it. */
    private List<String> order(Resource r, String path) {
        if (!(path.indexOf('/', 1) >= 0)) {
            return r.kind().spec().writable();
        }
        if (r.kind() == Kind.OUTPOST && path.startsWith("/config/")) {
            List<String> keys = new ArrayList<>();
            live.outpostDefaults().propertyNames().forEach(keys::add);
            return keys;
        }
        return List.of();
    }

    /** The live value as the author would write it. */
    private static JsonNode value(Resource r, FieldChange f) {
        KindSpec spec = r.kind().spec();
        String field = f.path().substring(1);
        JsonNode declared = r.spec().at(f.path());
        boolean duration = spec.durations().contains(field) || r.kind() == Kind.OUTPOST && field.equals("config/refresh_interval");
        if (duration && f.before().isString()) {
            return JsonNodeFactory.instance.stringNode(duration(declared.isString() ? declared.asString() : null, f.before().asString()));
        }
        if (spec.sets().contains(field) && f.before().isArray() && declared.isArray()) {
            return authorsOrder(declared, f.before());
        }
        if (declared.isString() && f.before().isString()) {
            // Authentik trims text (DRF's CharField), and plan compares trimmed: the final newline
            // of the author's "|" block stays, so the block keeps its header.
            String d = declared.asString();
            String lead = d.substring(0, d.length() - d.stripLeading().length());
            String trail = d.substring(d.stripTrailing().length());
            String live = f.before().asString();
            if (live.equals(live.strip()) && !d.isBlank()) {
                return JsonNodeFactory.instance.stringNode(lead + live + trail);
            }
        }
        return f.before();
    }

    /**
     * A new duration in the author's unit when that unit divides it exactly ({@code days=2} for
     * 48 hours where the file said {@code days=1}), else Authentik's text when akconf accepts it,
     * else the same length in the largest unit that divides it.
     */
    static String duration(String declared, String live) {
        Optional<BigDecimal> seconds = Durations.parseAuthentik(live);
        Optional<BigDecimal> was = Durations.parseStrict(declared);
        if (declared != null && seconds.isPresent() && was.isPresent() && seconds.get().compareTo(was.get()) == 0) {
            return declared; // the same length: the author's text stays
        }
        Matcher m = declared == null ? null : ONE_UNIT.matcher(declared.toLowerCase(java.util.Locale.ROOT));
        if (m != null && m.matches() && seconds.isPresent()) {
            String unit = m.group(1);
            int i = Durations.UNITS.indexOf(unit);
            BigDecimal[] qr = i < 0 ? null : seconds.get().divideAndRemainder(UNIT_SECONDS.get(i));
            if (qr != null && qr[1].signum() == 0 && qr[0].signum() >= 0) {
                return declared.substring(0, unit.length()) + "=" + qr[0].toBigInteger();
            }
        }
        return dev.akconf.importer.DurationText.acceptable(live).orElse(live);
    }

    private static final List<BigDecimal> UNIT_SECONDS = List.of(new BigDecimal("0.000001"), new BigDecimal("0.001"),
            BigDecimal.ONE, BigDecimal.valueOf(60), BigDecimal.valueOf(3600), BigDecimal.valueOf(86400), BigDecimal.valueOf(604800));

    /** The live set in the author's order: the declared items that stay, then the new ones. */
    private static JsonNode authorsOrder(JsonNode declared, JsonNode live) {
        List<String> liveItems = new ArrayList<>();
        live.forEach(v -> liveItems.add(v.asString()));
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        List<String> kept = new ArrayList<>();
        for (JsonNode d : declared) {
            if (liveItems.contains(d.asString()) && !kept.contains(d.asString())) {
                out.add(d);
                kept.add(d.asString());
            }
        }
        for (JsonNode v : live) {
            if (!kept.contains(v.asString())) {
                out.add(v);
            }
        }
        return out;
    }
}
