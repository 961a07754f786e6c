package dev.akconf.diff;

import dev.akconf.config.Resource;
import dev.akconf.live.LiveState;
import dev.akconf.model.Kind;
import dev.akconf.model.KindSpec;
import dev.akconf.model.KindSpecs;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds the live object a declared resource describes: by {@code id} when given (adopting an object
 * whatever its current name), else by natural key. The embedded outpost is found by its
 * {@code managed} marker, as Authentik's own UI does.
 */
public final class Pairing {

    private Pairing() {
    }

    public static Optional<ObjectNode> match(Resource r, LiveState live) {
        KindSpec spec = KindSpecs.of(r.kind());
        if (r.id() != null) {
            return live.of(r.kind()).stream()
                    .filter(o -> r.id().equals(o.path("pk").asString()) || r.id().equals(o.path(spec.urlKeyField()).asString()))
                    .findFirst();
        }
        if (r.kind() == Kind.OUTPOST && r.key().identity().equals(KindSpecs.EMBEDDED_OUTPOST_NAME)) {
            Optional<ObjectNode> embedded = live.of(Kind.OUTPOST).stream()
                    .filter(o -> KindSpecs.EMBEDDED_OUTPOST_MANAGED.equals(o.path("managed").asString(null)))
                    .findFirst();
            if (embedded.isPresent()) {
                return embedded;
            }
        }
        return live.of(r.kind()).stream()
                .filter(o -> r.key().identity().equals(o.path(spec.liveIdentity()).asString(null)))
                .findFirst();
    }
}
