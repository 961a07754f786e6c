package dev.akconf.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.kinds.Kind;
import dev.akconf.kinds.KindDefaults;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The importer's knowledge of each kind stays in step with the schemas and the kind descriptors. */
class KindDefaultsTest {

    private static JsonNode schema(Kind kind) throws IOException {
        return JsonMapper.builder().build().readTree(Path.of("schemas", kind.schemaFile()).toFile());
    }

    @Test
    void requiredFieldsAreTheSchemasPresentRules() throws IOException {
        for (Kind kind : Kind.values()) {
            Set<String> required = new HashSet<>();
            schema(kind).at("/$defs/present/properties/spec/required").forEach(f -> required.add(f.asString()));
            assertEquals(required, KindDefaults.required(kind), kind::label);
        }
    }

    @Test
    void everySpecFieldImportWritesIsOneTheSchemaAccepts() throws IOException {
        for (Kind kind : Kind.values()) {
            Set<String> accepted = new HashSet<>(schema(kind).at("/$defs/spec/properties").propertyNames());
            List<String> written = KindDefaults.specFields(kind, kind.spec().writable());
            assertTrue(accepted.containsAll(written), () -> kind.label() + ": " + written + " vs " + accepted);
            for (String field : written) {
                KindDefaults.of(kind, field).ifPresent(d -> assertTrue(accepted.contains(field)));
            }
        }
    }

    @Test
    void outpostConfigKeysComeFromTheSchema() {
        List<String> keys = dev.akconf.kinds.KeyedFieldKeys.keys(Kind.OUTPOST, "config");
        assertEquals("authentik_host", keys.get(0));
        assertTrue(keys.contains("kubernetes_json_patches"));
        assertTrue(dev.akconf.kinds.KeyedFieldKeys.nested(Kind.OUTPOST, "config", "kubernetes_json_patches")
                .containsAll(List.of("deployment", "prometheus servicemonitor", "httproute")));
    }

    @Test
    void durationsAkconfRefusesBecomeWhatAuthentikReads() {
        assertEquals("hours=168", DurationText.acceptable("hours=168").orElseThrow());
        assertEquals("hours=1", DurationText.acceptable("hours=1; minutes=2").orElseThrow());
        assertTrue(DurationText.acceptable("hours=1;minutes=30;").isEmpty(), "Authentik refuses it too");
        assertEquals("weeks=1", DurationText.acceptable("days=7;days=7;hours=0").orElseThrow());
        assertEquals("seconds=1.5", DurationText.acceptable("seconds=1.5;foo=2").orElseThrow());
        assertTrue(DurationText.acceptable("hours=-1").isEmpty());
    }

    @Test
    void fileNamesAreStableAndUnique() {
        assertEquals("proxy-provider", FileLayout.kebab(Kind.PROXY_PROVIDER));
        assertEquals("domain-wide-catch-all", FileLayout.slug("Domain wide catch all"));
        assertEquals("creme-brulee", FileLayout.slug("Crème Brûlée!"));
        assertEquals("unnamed", FileLayout.slug("漢字"));
    }
}
