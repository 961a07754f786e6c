package dev.akconf.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.CliRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 14 item 3: whatever a list answer claims, plan, drift and import end with exit 4 and one line,
 * in bounded time (short timeouts set by options) and memory, and without a stack trace.
 */
@Timeout(60)
class HostileReadsTest {

    @TempDir
    Path dir;

    /** One command of the CLI and the list it reads first. */
    record Command(String name, String list, Function<Path, List<String>> args) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Command> COMMANDS = List.of(
            new Command("plan", "/core/groups/", d -> List.of("plan", "-c", HostileCli.config(d, HostileCli.GROUP_YAML).toString(),
                    "--out", d.resolve("plan.json").toString())),
            new Command("drift", "/core/groups/", d -> List.of("drift", "-c", HostileCli.config(d, HostileCli.GROUP_YAML).toString(),
                    "--junit", d.resolve("junit.xml").toString(), "--metrics", d.resolve("drift.prom").toString())),
            new Command("apply", "/core/groups/", d -> List.of("apply", "-c", HostileCli.config(d, HostileCli.GROUP_YAML).toString(),
                    "--auto-approve")),
            new Command("import", "/providers/proxy/", d -> List.of("import", "--all", "--kind", "ProxyProvider",
                    "--out", d.resolve("imported").toString())));

    /** An attack: how the list answers, extra options, and what the one error line must say. */
    record Attack(String name, HostileAuthentik.Responder list, List<String> options, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Attack attack(String name, Function<HostileRequest, Reply> list, String expected, String... options) {
        return new Attack(name, list::apply, List.of(options), expected);
    }

    static List<Attack> attacks() {
        List<ObjectNode> hundred = Pages.groups(1, 100);
        return List.of(
                attack("total_pages 2^31-1, count 5", r -> Reply.json(200, Pages.lying(Pages.groups(1, 5), 5, Integer.MAX_VALUE, 2, r.page())),
                        "\"total_pages\" 2147483647 does not match \"count\" 5"),
                attack("total_pages and count 2^31-1", r -> Reply.json(200, Pages.lying(Pages.groups(r.page() * 100, 100),
                        Integer.MAX_VALUE, ceil(Integer.MAX_VALUE, 100), r.page() + 1, r.page())), "more than the 10000-page limit"),
                attack("next never ends", r -> Reply.json(200, Pages.lying(Pages.groups(r.page(), 1), 1, null, r.page() + 1, r.page())),
                        "the list does not end"),
                attack("page count grows", r -> Reply.json(200, Pages.lying(Pages.groups(r.page() * 100, 100),
                        (r.page() + 1) * 100, r.page() + 1, r.page() + 1, r.page())), "grows while the list is read"),
                attack("next without count", r -> Reply.json(200, Pages.lying(Pages.groups(r.page(), 1), null, null, r.page() + 1, r.page())),
                        "\"pagination.next\" without \"count\" or \"total_pages\""),
                attack("next jumps", r -> Reply.json(200, Pages.lying(Pages.groups(r.page(), 1), 50, null, 7, r.page())),
                        "\"pagination.next\" is 7 after page 1"),
                attack("same pk on two pages", r -> Reply.json(200, Pages.lying(hundred, 200, 2, r.page() == 1 ? 2 : 0, r.page())),
                        "is also on page 1"),
                attack("pk is an object", r -> Reply.json(200, Pages.of(List.of(Pages.json("{\"pk\": {\"a\": 1}, \"name\": \"x\"}")), 1, 100)),
                        "\"pk\" is a JSON object"),
                attack("pk is missing", r -> Reply.json(200, Pages.of(List.of(Pages.json("{\"name\": \"x\"}")), 1, 100)),
                        "\"pk\" is missing"),
                attack("name is a list", r -> Reply.json(200, Pages.of(List.of(Pages.json("{\"pk\": \"1\", \"name\": [\"x\"]}")), 1, 100)),
                        "has a \"name\" that is a JSON array"),
                attack("a reference is an object", r -> Reply.json(200, Pages.of(List.of(Pages.json(
                        "{\"pk\": \"1\", \"name\": \"ops\", \"parents\": [{\"pk\": 2}]}")), 1, 100)), "\"parents\" holds a JSON object, not a pk"),
                attack("managed is a list", r -> Reply.json(200, Pages.of(List.of(Pages.json(
                        "{\"pk\": \"1\", \"name\": \"ops\", \"managed\": [1]}")), 1, 100)), "\"managed\" is a JSON array, not a string"),
                attack("item is a number", r -> Reply.json(200, "{\"pagination\": {\"count\": 1, \"total_pages\": 1, \"next\": 0}, \"results\": [1]}"),
                        "a list item is the number 1"),
                attack("count is text", r -> Reply.json(200, Pages.lying(Pages.groups(1, 1), "1", 1, 0, 1)),
                        "\"pagination.count\" is the string \"1\""),
                attack("page larger than asked", r -> Reply.json(200, Pages.lying(Pages.groups(1, 150), 150, 1, 0, 1)),
                        "150 objects on one page, more than the 100 expected"),
                attack("no results list", r -> Reply.json(200, "{\"pagination\": {}, \"detail\": \"hi\"}"), "no \"results\" list"),
                attack("not JSON", r -> Reply.status(200, Map.of("Content-Type", "text/html"), "<html>".getBytes()), "non-JSON response"),
                attack("1 byte every 200 ms", r -> Reply.drip(200, Pages.of(hundred, 1, 100), Duration.ofMillis(200)),
                        "within the 1s call deadline (--call-timeout)", "--call-timeout", "1"),
                attack("endless body", r -> Reply.endless(), "larger than the 1 MiB response limit", "--max-response-mb", "1"),
                attack("every page just under the limit", r -> Reply.json(200, Pages.lying(bulky(r.page()), 2000, 20,
                        r.page() < 20 ? r.page() + 1 : 0, r.page())), "passed 16 MiB in this run", "--max-response-mb", "1",
                        "--read-timeout", "30"),
                attack("Content-Length 100 MB", r -> Reply.shortBody(200, "{", 100_000_000L), "larger than the 64 MiB response limit"),
                attack("bad chunking", r -> Reply.badChunking(), "malformed HTTP answer"),
                attack("body shorter than Content-Length", r -> Reply.shortBody(200, "{\"results\": [", 5000), "malformed HTTP answer"),
                attack("redirect to another host", r -> Reply.redirect(302, "https://evil.example/api/v3" + r.path()),
                        "a redirect to https://evil.example; akconf follows no redirects", "--debug"),
                attack("silence", r -> Reply.silence(), "timed out after 1s waiting for a response"));
    }

    /** The attacks every command meets; plan meets all of them (the reads are the same code, kept fast). */
    private static final java.util.Set<String> EVERY_COMMAND = java.util.Set.of("total_pages 2^31-1, count 5",
            "next never ends", "same pk on two pages", "pk is an object", "name is a list", "1 byte every 200 ms",
            "endless body", "redirect to another host");

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Command c : COMMANDS) {
            for (Attack a : attacks()) {
                if (c.name().equals("plan") || EVERY_COMMAND.contains(a.name())) {
                    out.add(Arguments.of(c, a));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void endsWithExit4AndOneLine(Command command, Attack attack) {
        try (HostileAuthentik ak = HostileAuthentik.start()) {
            ak.on("GET", command.list(), attack.list());
            List<String> args = new ArrayList<>(command.args().apply(dir));
            args.addAll(attack.options());
            CliRun run = HostileCli.run(ak, dir, args.toArray(String[]::new));
            assertEquals(4, run.exitCode(), run::toString);
            assertTrue(run.err().contains(attack.expected()), () -> "says " + attack.expected() + ": " + run);
            assertEquals(1, run.err().lines().filter(l -> l.startsWith("akconf: ") && !l.startsWith("akconf: debug: ")).count(),
                    run::toString);
            assertTrue(ak.writes().isEmpty(), "nothing written after a refused read");
            long lists = ak.requests().stream().filter(r -> r.path().equals(command.list())).count();
            assertTrue(lists <= Pager_MAX_FETCHES, "bounded number of page fetches: " + lists);
        }
    }

    /** What is not an attack stays accepted: a list that gains a page or loses one while it is read. */
    @org.junit.jupiter.api.Test
    void aListThatGrowsOrShrinksByAPageIsRead() {
        List<ObjectNode> all = Pages.groups(1, 300);
        for (int finalPages : new int[] {4, 2}) {
            try (HostileAuthentik ak = HostileAuthentik.start()) {
                // Page 1 says 3 pages; every later page answers as if the list now had finalPages pages.
                ak.on("GET", "/core/groups/", r -> {
                    if (r.page() == 1) {
                        return Reply.json(200, Pages.of(all, 1, 100));
                    }
                    List<ObjectNode> now = Pages.groups(1, finalPages * 100);
                    return r.page() > finalPages ? Reply.json(404, "{\"detail\": \"Invalid page.\"}")
                            : Reply.json(200, Pages.of(now, r.page(), 100));
                });
                CliRun run = HostileCli.run(ak, dir, "plan", "-c", HostileCli.config(dir, HostileCli.GROUP_YAML).toString());
                assertEquals(0, run.exitCode(), run::toString);
                int unmanaged = finalPages * 100;
                assertTrue(run.out().contains("g" + unmanaged), () -> "read to the end (" + unmanaged + "): " + run);
            }
        }
    }

    /** No attack needs more than a few pages fetched: the caps are derived from page 1. */
    private static final int Pager_MAX_FETCHES = 20;

    /** 100 groups of about 9 KB each: a page of 900 KB. */
    private static List<ObjectNode> bulky(int page) {
        List<ObjectNode> out = Pages.groups(page * 100, 100);
        out.forEach(g -> g.putObject("attributes").put("filler", "f".repeat(9000)));
        return out;
    }

    private static int ceil(int a, int b) {
        return (int) ((a + (long) b - 1) / b);
    }
}
