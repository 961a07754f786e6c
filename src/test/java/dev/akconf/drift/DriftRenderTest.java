package dev.akconf.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.kinds.Kind;
import dev.akconf.model.Origin;
import dev.akconf.kinds.ResourceKey;
import dev.akconf.plan.Action;
import dev.akconf.diff.FieldChange;
import dev.akconf.plan.Plan;
import dev.akconf.plan.ResourceChange;
import dev.akconf.plan.Unmanaged;
import dev.akconf.render.DriftJUnit;
import dev.akconf.render.DriftMetrics;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.node.JsonNodeFactory;

/** The JUnit XML parses whatever the names hold, and the metrics follow the Prometheus text format. */
class DriftRenderTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HOSTILE = "a <b> & \"c\" 'd' ]]> \u0001\u001b[31m é \n\\ end";

    private static DriftReport report() {
        ResourceKey key = new ResourceKey(Kind.PROXY_PROVIDER, HOSTILE);
        Plan plan = new Plan("test", "https://ak/api/v3", "2026.2.2", Instant.parse("2026-11-28T09:00:00Z"), List.of(
                new ResourceChange(key, Action.UPDATE, "1", List.of(
                        new FieldChange("/cookie_domain", NODES.stringNode(HOSTILE), NODES.stringNode("x"), false),
                        new FieldChange("/skip_path_regex", NODES.stringNode("a\nb"), NODES.stringNode("a\nc"), false),
                        new FieldChange("/basic_auth_password_attribute", NODES.stringNode("secret-before"),
                                NODES.stringNode("secret-after"), true)),
                        "sha256:x", NODES.objectNode(), "p.yaml:1:1", Map.of())),
                List.of(new Unmanaged(Kind.OUTPOST, HOSTILE, "u")));
        return DriftAnalyzer.analyze(plan, List.of(), false);
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void junitParsesAndMasksSensitiveValues() throws Exception {
        String xml = DriftJUnit.render(report());
        Document doc = parse(xml);
        Element suites = doc.getDocumentElement();
        assertEquals("testsuites", suites.getTagName());
        assertEquals("2", suites.getAttribute("tests"));
        assertEquals("2", suites.getAttribute("failures"));
        Element tc = (Element) doc.getElementsByTagName("testcase").item(0);
        assertEquals("akconf.ProxyProvider", tc.getAttribute("classname"));
        // Control characters are shown, as everywhere (Safe.xml), not dropped.
        assertTrue(tc.getAttribute("name").startsWith("a <b> & \"c\" 'd' ]]> \\x01\\x1b[31m"), tc.getAttribute("name"));
        String failure = doc.getElementsByTagName("failure").item(0).getTextContent();
        assertTrue(failure.contains("basic_auth_password_attribute: (sensitive value) -> (sensitive value)"), failure);
        assertTrue(failure.contains("skip_path_regex: (security)\n"), failure);
        assertFalse(xml.contains("secret-before") || xml.contains("secret-after"), xml);
        assertEquals("unmanaged", ((Element) doc.getElementsByTagName("failure").item(1)).getAttribute("type"));
    }

    @Test
    void junitForAFailedRunIsOneError() throws Exception {
        Document doc = parse(DriftJUnit.error("403 Forbidden from GET /admin/version/ <x>", Instant.EPOCH));
        assertEquals("1", doc.getDocumentElement().getAttribute("errors"));
        assertEquals("403 Forbidden from GET /admin/version/ <x>",
                ((Element) doc.getElementsByTagName("error").item(0)).getAttribute("message"));
    }

    /** The exposition format's line grammar, as node_exporter's textfile collector parses it. */
    private static final Pattern LINE = Pattern.compile(
            "# HELP [a-zA-Z_:][a-zA-Z0-9_:]* [^\\n]*|# TYPE [a-zA-Z_:][a-zA-Z0-9_:]* gauge"
                    + "|[a-zA-Z_:][a-zA-Z0-9_:]*(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"([^\"\\\\\\n]|\\\\[\\\\\"n])*\",?)*\\})? -?[0-9]+(\\.[0-9]+)?");

    @Test
    void metricsFollowTheTextFormat() {
        String text = DriftMetrics.success(report(), Instant.ofEpochSecond(1_795_000_000L));
        assertTrue(text.endsWith("\n"));
        for (String line : text.split("\n")) {
            assertTrue(LINE.matcher(line).matches(), line);
        }
        assertTrue(text.contains("akconf_drift_resources{kind=\"ProxyProvider\",action=\"update\"} 1\n"), text);
        assertTrue(text.contains("akconf_unmanaged_resources{kind=\"Outpost\"} 1\n"), text);
        assertTrue(text.contains("akconf_last_run_timestamp_seconds 1795000000\n"), text);
        String failed = DriftMetrics.failure(Instant.ofEpochSecond(5));
        assertTrue(failed.contains("akconf_last_run_success 0\n"), failed);
        for (String line : failed.split("\n")) {
            assertTrue(LINE.matcher(line).matches(), line);
        }
    }
}
