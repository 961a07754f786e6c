package dev.akconf.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** The word shortcut types scalars exactly as the core schema's resolver does. */
class ScalarValuesTest {

    private static final ScalarResolver CORE = new CoreSchema().getScalarResolver();

    @Test
    void aScalarStartingLikeAWordIsAStringForTheResolverToo() {
        for (String word : new String[] {"kind", "https://a.example.com", "hours=24", "App 1", "Monitoring", "x",
                "default-provider-invalidation-flow", "ProxyProvider", "yes", "on", "Off", "Maybe"}) {
            assertTrue(ScalarValues.startsLikeAWord(word), word);
            assertEquals(Tag.STR, CORE.resolve(word, true), word);
        }
        for (char c = 'A'; c <= 'z'; c++) {
            if (Character.isLetter(c) && ScalarValues.startsLikeAWord(c + "ull")) {
                assertEquals(Tag.STR, CORE.resolve(c + "ull", true), c + "ull");
                assertEquals(Tag.STR, CORE.resolve(c + "rue", true), c + "rue");
                assertEquals(Tag.STR, CORE.resolve(c + "x1f", true), c + "x1f");
            }
        }
    }

    @Test
    void everythingElseStillGoesToTheResolver() {
        for (String typed : new String[] {"", "null", "Null", "NULL", "~", "true", "True", "false", "FALSE", "name",
                "forward_single", "12", "-1", ".5", "0x1f", "${VAR}", " ", "<<", "élan"}) {
            assertFalse(ScalarValues.startsLikeAWord(typed), typed);
        }
    }
}
