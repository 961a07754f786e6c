package dev.akconf.model;

import tools.jackson.core.JsonPointer;

/** JSON pointers shown the way YAML users read them: {@code /config/kubernetes_json_patches/deployment/0} → {@code config.kubernetes_json_patches.deployment[0]}. */
public final class Paths {

    private Paths() {
    }

    public static String display(String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.substring(1).split("/", -1)) {
            String p = unescape(part);
            if (p.matches("[0-9]+")) {
                sb.append('[').append(p).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(p.matches("[A-Za-z0-9_-]+") ? p : "\"" + p + "\"");
            }
        }
        return sb.toString();
    }

    /** One reference token of a JSON pointer (RFC 6901: {@code ~} as {@code ~0}, {@code /} as {@code ~1}). */
    public static String escape(String step) {
        // Most keys have neither character: no pointer to build for them.
        return step.indexOf('~') < 0 && step.indexOf('/') < 0 ? step
                : JsonPointer.empty().appendProperty(step).toString().substring(1);
    }

    /** A reference token as the key it names, the reverse of {@link #escape}. */
    public static String unescape(String token) {
        return token.indexOf('~') < 0 ? token : JsonPointer.compile("/" + token).getMatchingProperty();
    }

    /** A dotted field path as users write it ({@code config.log_level}) as a JSON pointer ({@code /config/log_level}). */
    public static String fromDotted(String path) {
        JsonPointer p = JsonPointer.empty();
        for (String step : path.split("\\.", -1)) {
            p = p.appendProperty(step);
        }
        return p.toString();
    }
}
