package dev.akconf.apply;

import dev.akconf.authentik.AnswerShape;
import dev.akconf.authentik.AuthentikException;
import dev.akconf.kinds.KindAdapter;
import dev.akconf.kinds.KindSpec;
import tools.jackson.databind.JsonNode;

/**
 * A write counts as APPLIED only when Authentik answered with the object written: a JSON object with a
 * pk (for an update, the pk written to) and the identity that was sent. Anything else (an empty body,
 * {@code {}}, a list, another object) is what a proxy, a redirect target or a broken server answers,
 * and the write is FAILED (exit 4), never assumed. Authentik's create and update views answer with the
 * serialized object (rest_framework/mixins.py CreateModelMixin/UpdateModelMixin: {@code Response(serializer.data)}).
 */
final class WriteAnswers {

    private WriteAnswers() {
    }

    /** The created object; throws unless {@code answer} is it. */
    static JsonNode created(KindSpec spec, String request, JsonNode sent, JsonNode answer) {
        checkObject(request, answer);
        checkIdentity(spec, request, sent, answer);
        return answer;
    }

    /** The updated object; throws unless {@code answer} is the object with {@code pk}. */
    static JsonNode updated(KindSpec spec, String request, String pk, JsonNode sent, JsonNode answer) {
        checkObject(request, answer);
        if (pk != null && !pk.equals(answer.get("pk").asString())) {
            throw failed(request, "an object with another pk");
        }
        checkIdentity(spec, request, sent, answer);
        return answer;
    }

    private static void checkObject(String request, JsonNode answer) {
        if (answer == null || answer.isMissingNode()) {
            throw failed(request, "an empty body");
        }
        if (!answer.isObject() || answer.isEmpty()) {
            throw failed(request, AnswerShape.describe(answer));
        }
        if (!AnswerShape.isKey(answer.get("pk"))) {
            throw failed(request, "an object whose pk is " + AnswerShape.describe(answer.get("pk")));
        }
    }

    private static void checkIdentity(KindSpec spec, String request, JsonNode sent, JsonNode answer) {
        KindAdapter adapter = spec.kind().adapter();
        if (adapter.pairsAfterResolving()) {
            // An identity made of references (a binding's target and subject): compared as plan pairs it.
            String written = adapter.identity(sent);
            if (written != null && !written.equals(adapter.identity(answer))) {
                throw failed(request, "an object of another identity (" + String.join(", ", identityFields(spec)) + ")");
            }
            return;
        }
        String field = spec.liveIdentity();
        JsonNode written = sent.get(field);
        if (written == null || !written.isString()) {
            return;
        }
        JsonNode got = answer.get(field);
        if (got == null || !got.isString() || !got.stringValue().equals(written.stringValue())) {
            throw failed(request, "an object whose " + field + " is not the one written");
        }
    }

    /** The fields a composed identity is made of: those declared beside spec. */
    private static java.util.List<String> identityFields(KindSpec spec) {
        return spec.writable().stream().filter(f -> !spec.kind().adapter().declaredPointer(f).startsWith("/spec/")).toList();
    }

    private static AuthentikException failed(String request, String what) {
        return new AuthentikException(request + " was answered with " + what + ", not the object written: not counted as"
                + " applied (check the Authentik URL; `akconf plan` shows what Authentik holds)", AuthentikException.EXIT_API);
    }
}
