package dev.akconf.sim;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders providers as the API returns them: the full ProxyProvider (ProxyProviderSerializer in
 * authentik/providers/proxy/api.py) and the generic Provider shape of /providers/all/,
 * providers_obj and provider_obj (ProviderSerializer in authentik/core/api/providers.py).
 */
final class ProviderViews {

    static final String PROXY_META_MODEL = "authentik_providers_proxy.proxyprovider";
    private static final String CALLBACK = "?X-authentik-auth-callback=true";
    private static final List<String> PROXY_FIELDS = List.of("client_id", "internal_host", "external_host",
            "internal_host_ssl_validation", "certificate", "skip_path_regex", "basic_auth_enabled",
            "basic_auth_password_attribute", "basic_auth_user_attribute", "mode", "intercept_header_auth");
    private static final List<String> PROXY_TAIL = List.of("cookie_domain", "jwt_federation_sources",
            "jwt_federation_providers", "access_token_validity", "refresh_token_validity");

    private ProviderViews() {
    }

    static ObjectNode proxy(Links links, ObjectNode s) {
        ObjectNode out = generic(links, s);
        PROXY_FIELDS.forEach(f -> Json.copy(s, out, f));
        out.set("redirect_uris", redirectUris(Json.text(s, "external_host")));
        PROXY_TAIL.forEach(f -> Json.copy(s, out, f));
        ArrayNode outposts = out.putArray("outpost_set");
        // str(outpost) is "Outpost <name>" (authentik/outposts/models.py Outpost.__str__).
        links.outpostNamesOf(s.get("pk").intValue()).forEach(n -> outposts.add("Outpost " + n));
        return out;
    }

    /** The Provider shape of any stored provider; proxy providers get their constant meta fields. */
    static ObjectNode generic(Links links, ObjectNode s) {
        int pk = s.get("pk").intValue();
        boolean proxy = !s.has("meta_model_name") || PROXY_META_MODEL.equals(Json.text(s, "meta_model_name"));
        ObjectNode out = Json.object();
        out.put("pk", pk);
        for (String f : List.of("name", "authentication_flow", "authorization_flow", "invalidation_flow",
                "property_mappings")) {
            Json.copy(s, out, f);
        }
        out.put("component", proxy ? "ak-provider-proxy-form" : textOr(s, "component", ""));
        ObjectNode app = links.applicationOf(pk);
        ObjectNode backchannel = links.backchannelApplicationOf(pk);
        putTextOrNull(out, "assigned_application_slug", app, "slug");
        putTextOrNull(out, "assigned_application_name", app, "name");
        putTextOrNull(out, "assigned_backchannel_application_slug", backchannel, "slug");
        putTextOrNull(out, "assigned_backchannel_application_name", backchannel, "name");
        out.put("verbose_name", proxy ? "Proxy Provider" : textOr(s, "verbose_name", "Provider"));
        out.put("verbose_name_plural", proxy ? "Proxy Providers" : textOr(s, "verbose_name_plural", "Providers"));
        out.put("meta_model_name", proxy ? PROXY_META_MODEL : textOr(s, "meta_model_name", ""));
        return out;
    }

    /** The two strict redirect URIs set_oauth_defaults() derives from external_host. */
    static ArrayNode redirectUris(String externalHost) {
        ArrayNode uris = Json.array();
        if (externalHost == null) {
            return uris;
        }
        uris.addObject().put("matching_mode", "strict")
                .put("url", UrlJoin.join(externalHost, "outpost.goauthentik.io/callback") + CALLBACK);
        uris.addObject().put("matching_mode", "strict").put("url", externalHost + CALLBACK);
        return uris;
    }

    /** Provider.launch_url: a proxy provider launches at its external_host, others at nothing here. */
    static JsonNode launchUrl(ObjectNode provider) {
        boolean proxy = !provider.has("meta_model_name")
                || PROXY_META_MODEL.equals(Json.text(provider, "meta_model_name"));
        JsonNode host = provider.get("external_host");
        return proxy && host != null && host.isString() ? host : Json.NODES.nullNode();
    }

    private static void putTextOrNull(ObjectNode out, String field, ObjectNode source, String sourceField) {
        String v = source == null ? null : Json.text(source, sourceField);
        if (v == null) {
            out.putNull(field);
        } else {
            out.put(field, v);
        }
    }

    private static String textOr(ObjectNode s, String field, String fallback) {
        String v = Json.text(s, field);
        return v == null ? fallback : v;
    }
}
