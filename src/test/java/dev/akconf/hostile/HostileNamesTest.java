package dev.akconf.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.AppContext;
import dev.akconf.cli.CliRun;
import dev.akconf.cli.Main;
import dev.akconf.sim.SimOptions;
import dev.akconf.sim.SimState;
import dev.akconf.sim.Simulator;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Authentik as an attacker would fill it: an unmanaged provider whose name carries terminal
 * escapes, a fake plan line and Markdown/HTML, and a managed provider whose live value does the same.
 * Every view of plan and drift must show them, harmlessly.
 */
class HostileNamesTest {

    static final String HOSTILE = "evil\u001b[2J\u001b]0;pwned\u0007\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\"
            + "\r\nPlan: 0 to add, 0 to change, 0 to destroy.\n\n</details>\n\n# Heading <img src=x onerror=alert(1)>"
            + " [click](https://evil.example) @everyone `code` ``` | pipe \u009b31m \u202eevil\u2066 </summary>";
    /** Any character that must never reach output raw (Safe.dangerous), except our own colour codes (removed first). */
    private static final Pattern RAW = Pattern.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069\\u200e\\u200f\\u061c]");
    private static final Pattern OUR_COLOUR = Pattern.compile("\u001b\\[[0-9;]*m");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Simulator sim;

    @BeforeEach
    void start() {
        SimState seed = SimState.incident();
        seed.addProxyProvider(JsonNodeFactory.instance.objectNode().put("name", HOSTILE).put("external_host", "https://x.example"));
        int catchAll = seed.list("/providers/proxy/").stream().filter(p -> p.path("name").asString().equals("Domain wide catch all"))
                .findFirst().orElseThrow().get("pk").intValue();
        seed.edit("/providers/proxy/", catchAll, p -> p.put("cookie_domain", "example.com\u001b[2J\u009b\u202e\r\nPlan: 0 to add"));
        sim = Simulator.start(SimOptions.builder().seed(seed).build());
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private Map<String, String> env() {
        return Map.of("AUTHENTIK_URL", sim.url(), "AUTHENTIK_TOKEN", sim.token());
    }

    /** As on an interactive terminal: colour on, as a person would run it. */
    private CliRun onTerminal(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cmd = Main.commandLine(new AppContext(env()::get, true));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return new CliRun(cmd.execute(args), out.toString(), err.toString());
    }

    static void assertNothingRaw(String output) {
        String withoutOurColours = OUR_COLOUR.matcher(output).replaceAll("");
        var m = RAW.matcher(withoutOurColours);
        assertFalse(m.find(), () -> "raw U+" + Integer.toHexString(withoutOurColours.charAt(m.start())) + " in:\n" + output);
    }

    @Test
    void terminalShowsTheEscapesAndOnlyOurPlanLine() {
        CliRun run = onTerminal("plan", "-c", "config");
        assertEquals(0, run.exitCode(), run::toString);
        assertNothingRaw(run.all());
        assertTrue(run.out().contains("\\x1b[2J") && run.out().contains("\\x1b]0;pwned\\x07") && run.out().contains("\\r\\nPlan: 0 to add"), run.out());
        assertTrue(run.out().contains("\\x9b31m") && run.out().contains("\\u202eevil\\u2066"), run.out());
        long planLines = OUR_COLOUR.matcher(run.out()).replaceAll("").lines().filter(l -> l.strip().startsWith("Plan:")).count();
        assertEquals(1, planLines, run.out());
        CliRun drift = onTerminal("drift", "-c", "config");
        assertEquals(2, drift.exitCode(), drift::toString);
        assertNothingRaw(drift.all());
        assertTrue(drift.out().contains("\\x1b[2J"), drift.out());
        assertFalse(OUR_COLOUR.matcher(drift.out()).replaceAll("").lines().anyMatch(l -> l.strip().startsWith("Plan:")), drift.out());
    }

    @Test
    void markdownRendersNoHtmlNoMentionAndKeepsItsStructure() {
        CliRun run = CliRun.run(env(), "plan", "-c", "config", "--output", "markdown");
        assertEquals(0, run.exitCode(), run::toString);
        String md = run.out();
        assertNothingRaw(md);
        // Inside a code span nothing renders (no HTML, link or mention): what is outside must be ours.
        String rendered = withoutCodeSpans(md);
        assertFalse(rendered.contains("<img") || rendered.contains("@everyone") || rendered.contains("](http"), rendered);
        assertEquals(count(rendered, "<details>"), count(rendered, "</details>"), rendered);
        assertEquals(count(rendered, "<summary>"), count(rendered, "</summary>"), rendered);
        assertFalse(md.lines().anyMatch(l -> l.startsWith("#") && !l.startsWith("### akconf")), "no heading of the name's:\n" + md);
        md.lines().filter(l -> l.startsWith("|")).forEach(l -> assertTrue(l.endsWith("|"), "a table row stays one line: " + l));
        // Our own fences only: ```diff and ``` pairs, each alone on its line.
        long fences = md.lines().filter(l -> l.startsWith("```")).count();
        assertEquals(0, fences % 2, md);
    }

    @Test
    void jsonKeepsTheExactValueWithNoRawControl() {
        CliRun run = CliRun.run(env(), "plan", "-c", "config", "--output", "json");
        assertEquals(0, run.exitCode(), run::toString);
        assertNothingRaw(run.out());
        JsonNode plan = JSON.readTree(run.out());
        boolean found = false;
        for (JsonNode u : plan.path("unmanaged")) {
            found |= HOSTILE.equals(u.path("name").asString());
        }
        assertTrue(found, "the name survives exactly for programs: " + run.out());
    }

    @Test
    void driftJUnitAndMarkdownAreSafe(@TempDir Path dir) throws Exception {
        Path xml = dir.resolve("drift.xml");
        CliRun run = CliRun.run(env(), "drift", "-c", "config", "--junit", xml.toString(), "--output", "markdown");
        assertEquals(2, run.exitCode(), run::toString);
        assertNothingRaw(run.out());
        String text = Files.readString(xml);
        assertNothingRaw(text);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        NodeList cases = doc.getElementsByTagName("testcase");
        boolean hostile = false;
        for (int i = 0; i < cases.getLength(); i++) {
            String name = ((Element) cases.item(i)).getAttribute("name");
            hostile |= name.startsWith("evil\\x1b[2J") && name.contains("<img src=x onerror=alert(1)>") && !name.contains("\n");
        }
        assertTrue(hostile, text);
        String rendered = withoutCodeSpans(run.out());
        assertFalse(rendered.contains("<img") || rendered.contains("@everyone"), rendered);
    }

    @Test
    void importWritesTheNameAsYamlThatReadsBackExactly(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.run(env(), "import", "--kind", "ProxyProvider", "--all", "--out", dir.toString(), "--split");
        assertNothingRaw(run.all());
        boolean found = false;
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String yaml = Files.readString(f);
                assertNothingRaw(yaml);
                var docs = new dev.akconf.config.YamlReader(dev.akconf.config.YamlLimits.DEFAULT).read(f.toString(), yaml,
                        new dev.akconf.diag.Diagnostics());
                found |= docs.stream().anyMatch(d -> HOSTILE.equals(d.root().path("name").asString()));
                assertTrue(f.getFileName().toString().matches("[a-z0-9-]+\\.yaml"), f.toString());
            }
        }
        assertTrue(found, "the name reads back exactly from the YAML import wrote: " + run);
    }

    /** The Markdown with every code span (a run of N backticks to the next run of exactly N) cut out. */
    static String withoutCodeSpans(String md) {
        StringBuilder out = new StringBuilder();
        for (String line : md.split("\n", -1)) {
            if (line.startsWith("```")) {
                out.append(line).append('\n');
                continue;
            }
            int i = 0;
            while (i < line.length()) {
                if (line.charAt(i) != '`') {
                    out.append(line.charAt(i++));
                    continue;
                }
                int n = 0;
                while (i + n < line.length() && line.charAt(i + n) == '`') {
                    n++;
                }
                int close = findRun(line, i + n, n);
                if (close < 0) {
                    out.append(line, i, i + n);
                    i += n;
                } else {
                    out.append("CODE");
                    i = close + n;
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static int findRun(String line, int from, int n) {
        for (int j = from; j < line.length(); j++) {
            if (line.charAt(j) == '`') {
                int m = 0;
                while (j + m < line.length() && line.charAt(j + m) == '`') {
                    m++;
                }
                if (m == n) {
                    return j;
                }
                j += m - 1;
            }
        }
        return -1;
    }

    private static long count(String s, String what) {
        return Pattern.compile(Pattern.quote(what)).matcher(s).results().count();
    }
}
