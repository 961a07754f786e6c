package dev.akconf.refresh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The author's spelling of a new duration. */
class RefreshPlannerTest {

    @Test
    void theSameLengthKeepsTheAuthorsText() {
        assertEquals("days=1", RefreshPlanner.duration("days=1", "hours=24"));
    }

    @Test
    void aNewLengthUsesTheAuthorsUnitWhenItDividesExactly() {
        assertEquals("days=2", RefreshPlanner.duration("days=1", "hours=48"));
        assertEquals("Hours=36", RefreshPlanner.duration("Hours=24", "days=1.5"));
    }

    @Test
    void otherwiseAuthentiksTextOrTheSameLengthAkconfAccepts() {
        assertEquals("hours=36", RefreshPlanner.duration("days=1", "hours=36"));
        assertEquals("hours=1", RefreshPlanner.duration("days=1", "hours=1; minutes=2"), "what Authentik reads: it ignores \" minutes\"");
        assertEquals("minutes=5", RefreshPlanner.duration(null, "minutes=5"));
    }
}
