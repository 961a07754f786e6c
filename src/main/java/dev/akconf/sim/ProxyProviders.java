package dev.akconf.sim;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/** {@code /providers/proxy/}: ProxyProviderViewSet (authentik/providers/proxy/api.py), ordered by name. */
final class ProxyProviders extends Collection {

    ProxyProviders() {
        super("/providers/proxy/", "ProxyProvider");
    }

    @Override
    List<ObjectNode> all(Tables t) {
        return sorted(t.proxyProviders.values(), byFields("name"));
    }

    @Override
    Optional<ObjectNode> find(Tables t, String key) {
        return Optional.ofNullable(t.proxyProviders.get(intKey(key)));
    }

    @Override
    ObjectNode render(Tables t, Links links, ObjectNode stored) {
        return ProviderViews.proxy(links, stored);
    }

    /** filterset_fields of the viewset (no plain {@code name}: only {@code name__iexact}). */
    @Override
    Predicate<ObjectNode> filter(Tables t, Links links, Query q) {
        Predicate<ObjectNode> p = Filters.search(q, List.of(Filters.field("name")));
        for (String f : List.of("name", "internal_host", "external_host", "skip_path_regex",
                "basic_auth_password_attribute", "basic_auth_user_attribute", "mode", "cookie_domain")) {
            p = p.and(Filters.iexact(q, f + "__iexact", Filters.field(f)));
        }
        p = p.and(Filters.iexact(q, "certificate__kp_uuid__iexact", Filters.field("certificate")));
        p = p.and(Filters.iexact(q, "certificate__name__iexact",
                o -> Json.text(t.certificates.get(String.valueOf(Json.text(o, "certificate"))), "name")));
        p = p.and(Filters.iexact(q, "authorization_flow__slug__iexact",
                o -> Json.text(t.flows.get(String.valueOf(Json.text(o, "authorization_flow"))), "slug")));
        p = p.and(Filters.bool(q, "application__isnull", o -> links.applicationOf(o.get("pk").intValue()) == null));
        return p;
    }

    @Override
    boolean writable() {
        return true;
    }

    @Override
    ObjectNode create(Tables t, ObjectNode body) {
        return ProxyProviderWrites.create(t, body);
    }

    @Override
    ObjectNode update(Tables t, ObjectNode stored, ObjectNode body, boolean partial) {
        return ProxyProviderWrites.update(t, stored, body, partial);
    }

    @Override
    void delete(Tables t, ObjectNode stored) {
        Deletes.provider(t, stored.get("pk").intValue());
    }
}
