package dev.akconf.render;

import dev.akconf.drift.DriftReport;
import dev.akconf.drift.IgnoredItem;
import dev.akconf.kinds.ResourceKey;
import dev.akconf.plan.Action;
import dev.akconf.diff.FieldChange;
import dev.akconf.plan.ResourceChange;
import dev.akconf.plan.Unmanaged;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A drift run as JUnit XML, so CI dashboards show drift as failed tests: one testcase per managed
 * resource and per unmanaged object, classname {@code akconf.<Kind>}, name the resource's name; a
 * {@code <failure type="drift">} lists what differs (before -> after: Authentik, then configuration).
 * Accepted differences are skipped tests or, for some fields, a note in {@code system-out}.
 */
public final class DriftJUnit {

    private final Document doc;
    private final Element suite;
    private int tests;
    private int failures;
    private int skipped;
    private int errors;

    private DriftJUnit() {
        try {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML support is missing", e);
        }
        suite = doc.createElement("testsuite");
    }

    public static String render(DriftReport report) {
        DriftJUnit x = new DriftJUnit();
        x.build(report);
        return x.serialize(report.plan().createdAt());
    }

    /** A run that could not compare (exit 3 or 4): one testcase in error, so the dashboard shows the run failed. */
    public static String error(String message, java.time.Instant at) {
        DriftJUnit x = new DriftJUnit();
        x.tests++;
        Element tc = x.child(x.suite, "testcase");
        tc.setAttribute("classname", "akconf");
        tc.setAttribute("name", "drift check");
        Element e = x.child(tc, "error");
        e.setAttribute("message", clean(Safe.xml(message)));
        e.setAttribute("type", "run");
        x.errors++;
        return x.serialize(at);
    }

    private void build(DriftReport report) {
        Element props = child(suite, "properties");
        property(props, "target", report.plan().target());
        property(props, "server_version", report.plan().serverVersion());
        property(props, "akconf_version", report.plan().akconfVersion());
        for (ResourceChange c : report.plan().changes()) {
            Element tc = testcase(c.key());
            List<IgnoredItem> ignored = report.ignored().stream().filter(i -> i.key().equals(c.key())).toList();
            List<String> notes = ignored.stream().map(i -> "ignored: " + DriftLines.ignored(i)).toList();
            if (c.action() != Action.NO_OP) {
                failure(tc, "drift", message(c), body(c));
            } else if (ignored.stream().anyMatch(i -> i.rule().path() == null)) {
                skip(tc, "ignored: " + Safe.xml(ignored.get(0).rule().reason()));
            }
            if (!notes.isEmpty()) {
                text(child(tc, "system-out"), String.join("\n", notes));
            }
        }
        for (Unmanaged u : report.plan().unmanaged()) {
            Element tc = testcase(new ResourceKey(u.kind(), u.name()));
            String msg = "unmanaged: in Authentik (id " + Safe.xml(u.id()) + ") but not in the configuration";
            if (report.unmanagedCounted()) {
                failure(tc, "unmanaged", msg, msg + "; declare it, or delete it in Authentik");
            } else {
                skip(tc, msg + " (not counted: --ignore-unmanaged)");
            }
        }
        for (IgnoredItem i : report.ignored()) {
            if (i.what().equals("unmanaged")) {
                skip(testcase(i.key()), "ignored: " + DriftLines.ignored(i));
            }
        }
    }

    private static String message(ResourceChange c) {
        return switch (c.action()) {
            case CREATE -> "missing: declared but not in Authentik";
            case DELETE -> "declared absent but present in Authentik (id " + Safe.xml(c.id()) + ")";
            default -> c.changes().size() + " field(s) differ from the configuration"
                    + (c.securityChanges() == 0 ? "" : " (" + c.securityChanges() + " security-relevant)");
        };
    }

    private static String body(ResourceChange c) {
        List<String> lines = new ArrayList<>();
        lines.add(Safe.key(c.key()) + " declared at " + Safe.text(c.source()) + "; " + message(c) + ".");
        if (c.action() == Action.UPDATE) {
            lines.add("before (Authentik) -> after (configuration, what apply would set):");
            for (FieldChange f : c.changes()) {
                lines.addAll(DriftLines.field(f, "  ", c.security(f)));
            }
        }
        return String.join("\n", lines);
    }

    private Element testcase(ResourceKey key) {
        tests++;
        Element tc = child(suite, "testcase");
        tc.setAttribute("classname", "akconf." + key.kind().label());
        tc.setAttribute("name", clean(Safe.xml(key.shown())));
        return tc;
    }

    private void failure(Element tc, String type, String message, String body) {
        failures++;
        Element f = child(tc, "failure");
        f.setAttribute("message", clean(message));
        f.setAttribute("type", type);
        text(f, body);
    }

    private void skip(Element tc, String message) {
        skipped++;
        child(tc, "skipped").setAttribute("message", clean(message));
    }

    private void property(Element props, String name, String value) {
        Element p = child(props, "property");
        p.setAttribute("name", name);
        p.setAttribute("value", clean(Safe.xml(value == null ? "" : value)));
    }

    private Element child(Element parent, String name) {
        Element e = doc.createElement(name);
        parent.appendChild(e);
        return e;
    }

    private void text(Element e, String s) {
        e.appendChild(doc.createTextNode(clean(s)));
    }

    private String serialize(java.time.Instant at) {
        Element root = doc.createElement("testsuites");
        doc.appendChild(root);
        root.appendChild(suite);
        for (Element e : List.of(root, suite)) {
            e.setAttribute("name", "akconf drift");
            e.setAttribute("tests", String.valueOf(tests));
            e.setAttribute("failures", String.valueOf(failures));
            e.setAttribute("errors", String.valueOf(errors));
            e.setAttribute("skipped", String.valueOf(skipped));
        }
        suite.setAttribute("timestamp", at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(w));
            return w.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
    }

    /** XML 1.0 cannot hold most control characters at all, even escaped; they become U+FFFD. */
    static String clean(String s) {
        return s.replaceAll("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]", "\uFFFD");
    }
}
