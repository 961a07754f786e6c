package dev.akconf.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** RFC 6901 reference tokens, through Jackson's JsonPointer. */
class PathsTest {

    @Test
    void escapesTildeAndSlashOnly() {
        assertEquals("a~1b~0c", Paths.escape("a/b~c"));
        assertEquals("~00~01", Paths.escape("~0~1"));
        assertEquals("a b.c", Paths.escape("a b.c"));
    }

    @Test
    void unescapesAsRfc6901Says() {
        assertEquals("a/b~c", Paths.unescape("a~1b~0c"));
        assertEquals("~1", Paths.unescape("~01"));
        assertEquals("~/", Paths.unescape("~~1"));
        assertEquals("a~2", Paths.unescape("a~2"));
        assertEquals("", Paths.unescape(""));
    }

    @Test
    void aDottedPathBecomesAPointer() {
        assertEquals("/config/log_level", Paths.fromDotted("config.log_level"));
        assertEquals("/a~1b/c~0", Paths.fromDotted("a/b.c~"));
        assertEquals("/", Paths.fromDotted(""));
        assertEquals("/a//", Paths.fromDotted("a.."));
    }

    @Test
    void displayReadsEscapedSteps() {
        assertEquals("config.\"a/b\"[0]", Paths.display("/config/a~1b/0"));
    }
}
