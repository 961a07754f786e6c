package dev.akconf.authentik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A full heap in a page thread reaches the CLI as itself, not as "page fetch failed" (issue 17). */
class PagerErrorTest {

    @Test
    void anOutOfMemoryErrorInAPageThreadIsRethrownUnwrapped() {
        JsonMapper json = JsonMapper.builder().build();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Pager pager = new Pager(pool, 100);
            OutOfMemoryError e = assertThrows(OutOfMemoryError.class, () -> pager.listAll("GET", "/core/groups/", page -> {
                if (page == 1) {
                    return json.readTree(PaginationTest.page(1, 300, true));
                }
                throw new OutOfMemoryError("Java heap space");
            }));
            assertEquals("Java heap space", e.getMessage());
        } finally {
            pool.shutdownNow();
        }
    }
}
