package dev.akconf.sim;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Renders an application as ApplicationSerializer does (authentik/core/api/applications.py). */
final class ApplicationViews {

    private ApplicationViews() {
    }

    static ObjectNode render(Tables t, Links links, ObjectNode s) {
        ObjectNode out = Json.object();
        for (String f : List.of("pk", "name", "slug", "provider")) {
            Json.copy(s, out, f);
        }
        JsonNode providerPk = s.get("provider");
        ObjectNode provider = providerPk != null && providerPk.isIntegralNumber()
                ? t.anyProvider(providerPk.intValue()).orElse(null) : null;
        if (provider == null) {
            out.putNull("provider_obj");
        } else {
            out.set("provider_obj", ProviderViews.generic(links, provider));
        }
        Json.copy(s, out, "backchannel_providers");
        ArrayNode backchannel = out.putArray("backchannel_providers_obj");
        for (int pk : Json.ints(s.get("backchannel_providers"))) {
            t.anyProvider(pk).ifPresent(p -> backchannel.add(ProviderViews.generic(links, p)));
        }
        out.set("launch_url", launchUrl(s, provider));
        for (String f : List.of("open_in_new_tab", "meta_launch_url", "meta_icon")) {
            Json.copy(s, out, f);
        }
        String icon = Json.text(s, "meta_icon");
        String iconUrl = iconUrl(icon);
        if (iconUrl == null) {
            out.putNull("meta_icon_url");
        } else {
            out.put("meta_icon_url", iconUrl);
        }
        out.set("meta_icon_themed_urls", themedUrls(iconUrl));
        for (String f : List.of("meta_description", "meta_publisher", "policy_engine_mode", "group")) {
            Json.copy(s, out, f);
        }
        return out;
    }

    /** Application.get_launch_url: meta_launch_url if set, else the provider's launch URL. */
    private static JsonNode launchUrl(ObjectNode app, ObjectNode provider) {
        String meta = Json.text(app, "meta_launch_url");
        if (meta != null && !meta.isEmpty()) {
            return Json.NODES.stringNode(meta);
        }
        return provider == null ? Json.NODES.nullNode() : ProviderViews.launchUrl(provider);
    }

    /**
     * Application.get_meta_icon (authentik/core/models.py) through the file manager
     * (authentik/admin/files/manager.py): passthrough names (fa://, http:, https://) as they are,
     * /static paths as they are. Differs from Authentik: an uploaded file's URL there is absolute
     * ({@code request.build_absolute_uri}) and signed, {@code /files/media/public/NAME?token=JWT}
     * (backends/file.py); here it is the bare {@code /files/media/public/NAME}.
     */
    private static String iconUrl(String icon) {
        if (icon == null || icon.isEmpty()) {
            return null;
        }
        boolean passthrough = icon.startsWith("fa://") || icon.startsWith("http:") || icon.startsWith("https://");
        return passthrough || icon.startsWith("/static") ? icon : "/files/media/public/" + icon;
    }

    /** get_meta_icon_themed_urls: only icons whose name contains %(theme)s have variants. */
    private static JsonNode themedUrls(String iconUrl) {
        if (iconUrl == null || !iconUrl.contains("%(theme)s")) {
            return Json.NODES.nullNode();
        }
        ObjectNode themed = Json.object();
        themed.put("light", iconUrl.replace("%(theme)s", "light"));
        themed.put("dark", iconUrl.replace("%(theme)s", "dark"));
        return themed;
    }
}
