package dev.akconf.sim;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/** {@code /crypto/certificatekeypairs/} (read-only here): CertificateKeyPairViewSet (authentik/crypto/api.py). */
final class Certificates extends Collection {

    Certificates() {
        super("/crypto/certificatekeypairs/", "CertificateKeyPair");
    }

    @Override
    List<ObjectNode> all(Tables t) {
        return sorted(t.certificates.values(), byFields("name"));
    }

    @Override
    Optional<ObjectNode> find(Tables t, String key) {
        return Optional.ofNullable(t.certificates.get(uuidKey(key)));
    }

    @Override
    ObjectNode render(Tables t, Links links, ObjectNode stored) {
        return stored.deepCopy();
    }

    @Override
    Predicate<ObjectNode> filter(Tables t, Links links, Query q) {
        return Filters.search(q, List.of(Filters.field("name")))
                .and(Filters.exact(q, "name", Filters.field("name")))
                .and(Filters.exact(q, "managed", Filters.field("managed")))
                .and(Filters.bool(q, "has_key", o -> o.path("private_key_available").asBoolean(false)))
                .and(Filters.anyOf(q, "key_type", Filters.field("key_type")));
    }
}
