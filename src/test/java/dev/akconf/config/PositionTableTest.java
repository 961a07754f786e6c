package dev.akconf.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.akconf.model.Origin;
import org.junit.jupiter.api.Test;

/** The compact position table answers like the map of origins it replaced. */
class PositionTableTest {

    @Test
    void theFirstPositionOfAPointerWins() {
        PositionTable t = new PositionTable("f.yaml");
        t.putIfAbsent("/spec/mode", new Origin("f.yaml", 3, 9));
        t.putIfAbsent("/spec/mode", new Origin("f.yaml", 8, 1));
        assertEquals(new Origin("f.yaml", 3, 9), t.get("/spec/mode"));
        assertNull(t.get("/spec/other"));
    }

    @Test
    void largeTablesAreIndexedAndKeepGrowing() {
        PositionTable t = new PositionTable("f.yaml");
        for (int i = 0; i < 1000; i++) {
            t.putIfAbsent("/spec/list/" + i, new Origin("f.yaml", i + 1, 7));
        }
        assertEquals(new Origin("f.yaml", 501, 7), t.get("/spec/list/500"));
        t.putIfAbsent("/spec/list/500", new Origin("f.yaml", 9999, 1));
        t.putIfAbsent("/spec/late", new Origin("f.yaml", 2000, 3));
        assertEquals(new Origin("f.yaml", 501, 7), t.get("/spec/list/500"));
        assertEquals(new Origin("f.yaml", 2000, 3), t.get("/spec/late"));
    }

    @Test
    void anOriginInAnotherFileIsKeptAsGiven() {
        PositionTable t = new PositionTable("f.yaml");
        t.putIfAbsent("/a", new Origin("other.yaml", 4, 2));
        t.putIfAbsent("/b", Origin.ofFile("f.yaml"));
        assertEquals(new Origin("other.yaml", 4, 2), t.get("/a"));
        assertEquals(Origin.ofFile("f.yaml"), t.get("/b"));
    }
}
