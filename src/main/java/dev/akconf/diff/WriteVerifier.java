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
            String field = e.getKey();
            KeyedField keyed = keyedFields.get(field);
            if (keyed != null && e.getValue().isObject()) {
                out.addAll(KeyedDiff.unconfirmed(field, keyed, e.getValue(), live));
                continue;
            }
            if (!FieldSemantics.same(spec, field, normalizer.normalize(field, e.getValue()), normalizer.normalize(field, live.get(field)))) {
                out.add("/" + field);
            }
        }
        return out;
    }
}
