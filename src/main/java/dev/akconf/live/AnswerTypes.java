package dev.akconf.live;

import dev.akconf.authentik.AnswerShape;
import dev.akconf.authentik.AuthentikException;
import dev.akconf.kinds.KindSpec;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The JSON types of the fields akconf reads from a kind's live objects, beyond what the client checks
 * for every list ({@link AnswerShape}: objects, pk, names): references are pks (a string or an integer,
 * or null), many-references and set fields lists of pks, {@code managed} a string or null, a keyed field (an outpost's
 * {@code config}) an object. Authentik's serializers give exactly these (PrimaryKeyRelatedField,
 * ManyRelatedField; authentik/outposts/api/outposts.py OutpostSerializer.config is a JSONDictField); a
 * wrong type is exit 4 and one line, not an internal error in the planner.
 */
public final class AnswerTypes {

    private AnswerTypes() {
    }

    /** {@code objects}, after checking them. */
    public static <T extends JsonNode> List<T> checked(KindSpec spec, List<T> objects) {
        for (T o : objects) {
            check(spec, o);
        }
        return objects;
    }

    private static void check(KindSpec spec, JsonNode o) {
        spec.refs().forEach((field, ref) -> {
            JsonNode v = o.get(field);
            if (ref.many() || spec.sets().contains(field)) {
                list(spec, o, field, v);
            } else if (!nullOrKey(v)) {
                throw wrong(spec, o, "\"" + field + "\" is " + AnswerShape.describe(v) + ", not a pk");
            }
        });
        for (String field : spec.sets()) {
            if (!spec.refs().containsKey(field)) {
                list(spec, o, field, o.get(field));
            }
        }
        JsonNode managed = o.get("managed");
        if (managed != null && !managed.isNull() && !managed.isString()) {
            throw wrong(spec, o, "\"managed\" is " + AnswerShape.describe(managed) + ", not a string");
        }
        for (String field : spec.kind().adapter().keyedFields().keySet()) {
            JsonNode dict = o.get(field);
            if (dict != null && !dict.isNull() && !dict.isObject()) {
                throw wrong(spec, o, "\"" + field + "\" is " + AnswerShape.describe(dict) + ", not an object");
            }
        }
    }

    private static void list(KindSpec spec, JsonNode o, String field, JsonNode v) {
        if (v == null || v.isNull()) {
            return;
        }
        if (!v.isArray()) {
            throw wrong(spec, o, "\"" + field + "\" is " + AnswerShape.describe(v) + ", not a list");
        }
        for (JsonNode item : v) {
            if (!AnswerShape.isKey(item)) {
                throw wrong(spec, o, "\"" + field + "\" holds " + AnswerShape.describe(item) + ", not a pk");
            }
        }
    }

    private static boolean nullOrKey(JsonNode v) {
        return v == null || v.isNull() || AnswerShape.isKey(v);
    }

    private static AuthentikException wrong(KindSpec spec, JsonNode o, String what) {
        return new AuthentikException("unexpected answer to GET " + spec.listPath() + ": the " + spec.kind().label()
                + " with pk " + shortPk(o) + ": " + what, AuthentikException.EXIT_API);
    }

    private static String shortPk(JsonNode o) {
        String pk = o.path("pk").asString("");
        return pk.length() > 40 ? pk.substring(0, 40) + "…" : pk;
    }

}
