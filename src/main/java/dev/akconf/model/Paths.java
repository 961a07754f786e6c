package dev.akconf.model;

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
            String p = part.replace("~1", "/").replace("~0", "~");
            if (p.matches("[0-9]+")) {
                sb.append('[').append(p).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(p.matches("[A-Za-z0-9_-]+") ? p : "\"" + p + "\"");
            }
        }
        return sb.toString();
    }
}
