package dev.akconf.diff;

import dev.akconf.kinds.FieldNormalizer;
import dev.akconf.kinds.KeyedField;
import dev.akconf.kinds.KindSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * After a write, names the fields whose live value still differs from what was sent, with the
 * same normalizers as plan: Authentik accepted the request but normalised or ignored a value.
 */
public final class WriteVerifier {

    private WriteVerifier() {
    }

    /**
     * @param sent       the body that was written
     * @param live       the object as re-read afterwards
     * @param normalizer the kind's normalizer over the tables re-read with it ({@code KindAdapter.normalizerTables})
     * @return JSON pointers of the fields that did not take
     */
    public static List<String> unconfirmed(KindSpec spec, JsonNode sent, JsonNode live, FieldNormalizer normalizer) {
        Map<String, KeyedField> keyedFields = spec.kind().adapter().keyedFields();
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : sent.properties()) {
            out.addAll(unconfirmed(spec, e.getKey(), e.getValue(), live, keyedFields.get(e.getKey()), normalizer));
        }
        return out;
    }

    /** The pointers of one sent field that did not take: a keyed field's keys one by one, any other field whole. */
    private static List<String> unconfirmed(KindSpec spec, String field, JsonNode sent, JsonNode live, KeyedField keyed,
                                            FieldNormalizer normalizer) {
        if (keyed != null && sent.isObject()) {
            return KeyedDiff.unconfirmed(field, keyed, sent, live);
        }
        boolean same = FieldSemantics.same(spec, field, normalizer.normalize(field, sent), normalizer.normalize(field, live.get(field)));
        return same ? List.of() : List.of("/" + field);
    }
}
