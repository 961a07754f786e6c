package dev.akconf.controller;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The names and slugs Authentik's controller derives from an outpost. */
final class Naming {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("%(?:\\((\\w+)\\)s|%)");

    private Naming() {
    }

    /**
     * Django's {@code django.utils.text.slugify} (no unicode): NFKD, ASCII only, lower case, drop
     * what is not a word character, space or hyphen, collapse runs of spaces and hyphens into one
     * hyphen, strip leading and trailing hyphens and underscores.
     */
    static String slugify(String value) {
        String ascii = Normalizer.normalize(value, Normalizer.Form.NFKD).replaceAll("[^\\x00-\\x7F]", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\w\\s\\x1c-\\x1f-]", "");
        s = s.replaceAll("[-\\s\\x1c-\\x1f]+", "-");
        return s.replaceAll("^[-_]+|[-_]+$", "");
    }

    /**
     * {@code authentik/outposts/controllers/k8s/base.py} {@code KubernetesObjectReconciler.name}:
     * {@code object_naming_template % {name: slugify(name), uuid: uuid.hex}}, lower-cased, slugified,
     * anything but {@code [a-z0-9-]} made a hyphen, hyphens collapsed, cut to 63 characters, and
     * {@code outpost-<uuid hex>} when nothing is left. Only {@code %(name)s}, {@code %(uuid)s} and
     * {@code %%} are substituted (Python would raise on other conversions; they are left as written).
     */
    static String objectName(String template, String outpostName, String uuidHex) {
        Matcher m = TEMPLATE_KEY.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String replacement = key == null ? "%" : key.equals("name") ? slugify(outpostName)
                    : key.equals("uuid") ? uuidHex : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        String formatted = slugify(out.toString().toLowerCase(Locale.ROOT));
        formatted = formatted.replaceAll("[^a-z0-9-]", "-").replaceAll("-+", "-");
        formatted = formatted.length() > 63 ? formatted.substring(0, 63) : formatted;
        if (formatted.isEmpty()) {
            formatted = ("outpost-" + uuidHex).substring(0, Math.min(63, 8 + uuidHex.length()));
        }
        return formatted;
    }
}
