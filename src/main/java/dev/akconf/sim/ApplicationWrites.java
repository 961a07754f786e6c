package dev.akconf.sim;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Create and update of applications with ApplicationSerializer's validation (authentik/core/api/applications.py). */
final class ApplicationWrites {

    /**
     * Application.slug is a TextField with validate_slug since 2025.12 (authentik/core/models.py):
     * no length limit, and Django's own message (curly quotes), not DRF SlugField's.
     */
    private static final String SLUG_MESSAGE =
            "Enter a valid \u201cslug\u201d consisting of letters, numbers, underscores or hyphens.";
    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("^[-a-zA-Z0-9_]+\\z");

    private ApplicationWrites() {
    }

    static ObjectNode create(Tables t, ObjectNode body) {
        ObjectNode attrs = validate(t, body, false, null);
        ObjectNode stored = Json.object();
        stored.put("pk", t.ids.uuid());
        stored.put("name", "");
        stored.put("slug", "");
        stored.setAll(Defaults.application());
        stored.setAll(attrs);
        t.applications.put(Json.text(stored, "pk"), stored);
        claimBackchannel(t, stored);
        return stored;
    }

    static ObjectNode update(Tables t, ObjectNode stored, ObjectNode body, boolean partial) {
        ObjectNode attrs = validate(t, body, partial, Json.text(stored, "pk"));
        stored.setAll(attrs);
        claimBackchannel(t, stored);
        return stored;
    }

    /**
     * backchannel_providers is the reverse side of Provider.backchannel_application, a ForeignKey
     * (authentik/core/models.py): a provider listed here leaves any other application's list.
     */
    private static void claimBackchannel(Tables t, ObjectNode app) {
        List<Integer> mine = Json.ints(app.get("backchannel_providers"));
        for (ObjectNode other : t.applications.values()) {
            if (other == app) {
                continue;
            }
            List<Integer> theirs = Json.ints(other.get("backchannel_providers"));
            if (theirs.removeAll(mine)) {
                other.set("backchannel_providers", Json.arrayOfInts(theirs));
            }
        }
    }

    private static ObjectNode validate(Tables t, ObjectNode data, boolean partial, String self) {
        Body b = new Body(data, partial);
        ObjectNode attrs = Json.object();
        ProxyProviderWrites.put(attrs, "name", Scalars.string(b, "name", true, false, false));
        JsonNode slugText = Scalars.string(b, "slug", true, false, false);
        boolean slugOk = slugText == null || SLUG.matcher(slugText.stringValue()).matches();
        if (!slugOk) {
            // Django's slug_re is ^[-a-zA-Z0-9_]+\Z (ASCII: allow_unicode is off).
            b.errors.add("slug", SLUG_MESSAGE);
        }
        JsonNode slug = slugOk ? slugText : null;
        if (slug != null && t.applications.values().stream()
                .anyMatch(a -> slug.stringValue().equals(Json.text(a, "slug")) && !Json.text(a, "pk").equals(self))) {
            b.errors.add("slug", "Application with this slug already exists.");
        } else if (slug != null && Defaults.RESERVED_SLUGS.contains(slug.stringValue())) {
            // ApplicationSerializer.validate_slug, run after the field's own validators passed.
            b.errors.add("slug", "The slug '" + slug.stringValue() + "' is reserved and cannot be used for applications.");
        } else {
            ProxyProviderWrites.put(attrs, "slug", slug);
        }
        JsonNode provider = Refs.integer(b, "provider", false, true, t::providerExists);
        if (provider != null && provider.isIntegralNumber() && t.applications.values().stream()
                .anyMatch(a -> a.path("provider").isIntegralNumber() && a.get("provider").intValue() == provider.intValue()
                        && !Json.text(a, "pk").equals(self))) {
            // Application.provider is a OneToOneField: one provider, at most one application.
            b.errors.add("provider", "Application with this provider already exists.");
        } else {
            ProxyProviderWrites.put(attrs, "provider", provider);
        }
        ArrayNode backchannel = Refs.integers(b, "backchannel_providers", false, t::providerExists);
        ProxyProviderWrites.put(attrs, "backchannel_providers", dedupe(backchannel));
        ProxyProviderWrites.put(attrs, "open_in_new_tab", Scalars.bool(b, "open_in_new_tab", false));
        ProxyProviderWrites.put(attrs, "meta_launch_url", Scalars.url(b, "meta_launch_url", false, true, UrlCheck.FORMATTED));
        JsonNode icon = Scalars.string(b, "meta_icon", false, true, false);
        java.util.Optional<String> iconError = icon == null || icon.stringValue().isEmpty() ? java.util.Optional.empty()
                : FileNameCheck.check(icon.stringValue());
        if (iconError.isPresent()) {
            // meta_icon is Authentik's FileField: validate_file_name (authentik/admin/files/validation.py).
            b.errors.add("meta_icon", iconError.get());
        } else {
            ProxyProviderWrites.put(attrs, "meta_icon", icon);
        }
        for (String f : List.of("meta_description", "meta_publisher")) {
            ProxyProviderWrites.put(attrs, f, Scalars.string(b, f, false, true, false));
        }
        ProxyProviderWrites.put(attrs, "policy_engine_mode",
                Scalars.choice(b, "policy_engine_mode", false, Defaults.POLICY_ENGINE_MODES));
        ProxyProviderWrites.put(attrs, "group", Scalars.string(b, "group", false, true, false));
        b.errors.throwIfAny();
        return attrs;
    }

    static ArrayNode dedupe(ArrayNode ints) {
        if (ints == null) {
            return null;
        }
        return Json.arrayOfInts(Json.ints(ints).stream().distinct().toList());
    }
}
