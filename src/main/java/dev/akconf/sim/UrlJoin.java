package dev.akconf.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code urllib.parse.urljoin(base, relative_path)} for a relative path without query, as
 * ProxyProvider's {@code _get_callback_url} uses it (authentik/providers/proxy/models.py). Note
 * that for a non-hierarchical scheme such as Authentik's {@code blank://} it returns the path alone.
 */
final class UrlJoin {

    private static final Pattern SPLIT = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):(?://([^/?#]*))?([^?#]*)(?:\\?[^#]*)?(?:#.*)?$");
    /** urllib.parse.uses_relative, the schemes urljoin resolves against. */
    private static final Set<String> RELATIVE = Set.of("ftp", "http", "gopher", "nntp", "imap", "wais", "file",
            "https", "shttp", "mms", "prospero", "rtsp", "rtsps", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss");

    private UrlJoin() {
    }

    static String join(String base, String path) {
        Matcher m = SPLIT.matcher(base);
        if (!m.matches()) {
            // No scheme: urljoin still merges paths; Authentik's URL validator never lets this through.
            return path;
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        if (!RELATIVE.contains(scheme)) {
            return path;
        }
        String netloc = m.group(2);
        List<String> segments = new ArrayList<>(List.of(m.group(3).split("/", -1)));
        if (!segments.get(segments.size() - 1).isEmpty()) {
            segments.remove(segments.size() - 1);
        }
        segments.addAll(List.of(path.split("/", -1)));
        // urljoin drops empty segments between the first and the last one.
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            if (i == 0 || i == segments.size() - 1 || !segments.get(i).isEmpty()) {
                kept.add(segments.get(i));
            }
        }
        List<String> resolved = new ArrayList<>();
        for (String seg : kept) {
            if (seg.equals("..")) {
                if (resolved.size() > 1) {
                    resolved.remove(resolved.size() - 1);
                }
            } else if (!seg.equals(".")) {
                resolved.add(seg);
            }
        }
        String joined = String.join("/", resolved);
        if (joined.isEmpty()) {
            joined = "/";
        }
        return scheme + ":" + (netloc == null ? "" : "//" + netloc) + joined;
    }
}
