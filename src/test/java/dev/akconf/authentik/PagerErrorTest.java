package dev.akconf.authentik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.akconf.concurrent.Tasks;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A full heap in a page thread reaches the CLI as itself, not as "page fetch failed" (issue 17). */
class PagerErrorTest {

    @Test
    void anOutOfMemoryErrorInAPageThreadIsRethrownUnwrapped() {
        JsonMapper json = JsonMapper.builder().build();
        try (Tasks pool = Tasks.bounded("test-page", 2)) {
            Pager pager = new Pager(pool, 100);
            OutOfMemoryError e = assertThrows(OutOfMemoryError.class, () -> pager.listAll("GET", "/core/groups/", page -> {
                if (page == 1) {
                    return json.readTree(PaginationTest.page(1, 300, true));
                }
                throw new OutOfMemoryError("Java heap space");
            }));
            assertEquals("Java heap space", e.getMessage());
        }
    }
}
