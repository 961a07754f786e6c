package dev.akconf.config;

import dev.akconf.diag.Diagnostics;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Replaces {@code ${VAR}} and {@code ${VAR:-default}} in string values from the environment, so hosts
 * and secrets need not be in git. {@code $${} writes a literal {@code ${}. Keys are never substituted.
 * An unset variable without a default is an error at the value that names it.
 */
public final class Interpolator {

    /** Variables whose values are treated as secrets: masked in every output, like sensitive fields. */
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(SECRET|TOKEN|PASSWORD|PASSWD|CREDENTIAL|PRIVATE|API_?KEY).*");

    private static final Pattern REFERENCE = Pattern.compile("\\$\\$\\{|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:-([^}]*))?}|\\$\\{[^}]*}?");

    private final Function<String, String> env;

    public Interpolator(Function<String, String> env) {
        this.env = env;
    }

    public static Interpolator of(Map<String, String> env) {
        return new Interpolator(env::get);
    }

    /** Substitutes in one string, e.g. a secret's template from a saved plan; null when a variable is unset. */
    public String substituteOrNull(String template) {
        Diagnostics diags = new Diagnostics();
        String out = substitute(template, "", new SourceMap(dev.akconf.model.Origin.ofFile("plan")), diags, new java.util.HashMap<>());
        return diags.hasErrors() ? null : out;
    }

    /** What outputs show for a sensitive variable's value. */
    public static final String SENSITIVE = "(sensitive value)";

    /**
     * A value's text as outputs may show it: {@code sens-${SOME_TOKEN}} becomes {@code sens-(sensitive value)},
     * other variables substituted as usual (an unset one stays as written).
     */
    public String shown(String template) {
        Interpolator masked = new Interpolator(name -> SECRET_NAME.matcher(name).matches() ? SENSITIVE : env.apply(name));
        String out = masked.substituteOrNull(template);
        return out == null ? template : out;
    }

    /** A copy of {@code node} with every reference substituted, where which values were secret does not matter. */
    public JsonNode substituted(JsonNode node, String pointer, SourceMap source, Diagnostics diags) {
        return substituted(node, pointer, source, diags, new java.util.HashMap<>());
    }

    /**
     * A copy of {@code node} with every reference substituted; {@code node} itself is left as parsed.
     *
     * @param secrets receives, for every value that took a secret-looking variable, its pointer and
     *                its text before substitution (what a plan file may safely keep)
     */
    public JsonNode substituted(JsonNode node, String pointer, SourceMap source, Diagnostics diags, Map<String, String> secrets) {
        if (node instanceof ObjectNode object) {
            ObjectNode out = object.objectNode();
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                String child = SourceMap.child(pointer, e.getKey());
                out.set(e.getKey(), e.getValue().isString()
                        ? StringNode.valueOf(substitute(e.getValue().asString(), child, source, diags, secrets))
                        : substituted(e.getValue(), child, source, diags, secrets));
            }
            return out;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode out = array.arrayNode();
            for (int i = 0; i < array.size(); i++) {
                String child = SourceMap.child(pointer, i);
                out.add(array.get(i).isString()
                        ? StringNode.valueOf(substitute(array.get(i).asString(), child, source, diags, secrets))
                        : substituted(array.get(i), child, source, diags, secrets));
            }
            return out;
        }
        return node;
    }

    String substitute(String text, String pointer, SourceMap source, Diagnostics diags, Map<String, String> secrets) {
        if (text.indexOf('$') < 0) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group().equals("$${")) {
                replacement = "${";
            } else if (m.group(1) == null) {
                diags.error(source.value(pointer), "malformed variable reference " + m.group()
                        + ": write ${NAME} or ${NAME:-default} (NAME: letters, digits, _), or $${ for a literal ${");
                replacement = m.group();
            } else {
                if (SECRET_NAME.matcher(m.group(1)).matches()) {
                    secrets.put(pointer, text);
                }
                String value = env.apply(m.group(1));
                if (value == null && m.group(2) != null) {
                    value = m.group(3);
                }
                if (value == null) {
                    diags.error(source.value(pointer), "environment variable " + m.group(1)
                            + " is not set (write ${" + m.group(1) + ":-default} to give a fallback)");
                    value = "";
                }
                replacement = value;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
