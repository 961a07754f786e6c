package dev.akconf.sim;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Authentik's DomainlessURLValidator (authentik/lib/models.py): Django's URLValidator without the
 * TLD requirement, so {@code http://backend:8080} is valid; the schemes http, https and blank are
 * always accepted in addition to the field's own.
 */
final class UrlCheck {

    static final Set<String> HTTP = Set.of("http", "https");
    /** URLValidator's default schemes, used by fields that pass none (Application.meta_launch_url). */
    static final Set<String> DEFAULT = Set.of("http", "https", "ftp", "ftps");

    private static final String UL = "\\u00a1-\\uffff";
    private static final String IPV4 = "(?:0|25[0-5]|2[0-4][0-9]|1[0-9]?[0-9]?|[1-9][0-9]?)"
            + "(?:\\.(?:0|25[0-5]|2[0-4][0-9]|1[0-9]?[0-9]?|[1-9][0-9]?)){3}";
    private static final String IPV6 = "\\[[0-9a-f:.]+\\]";
    private static final String HOSTNAME = "[a-z" + UL + "0-9](?:[a-z" + UL + "0-9-]{0,61}[a-z" + UL + "0-9])?";
    private static final String DOMAIN = "(?:\\.(?!-)[a-z" + UL + "0-9-]{1,63}(?<!-))*";
    private static final Pattern URL = Pattern.compile(
            "^(?:[a-z0-9.+-]*)://"
                    + "(?:[^\\s:@/]+(?::[^\\s:@/]*)?@)?"
                    + "(?:" + IPV4 + "|" + IPV6 + "|(?:" + HOSTNAME + DOMAIN + "|localhost))"
                    + "(?::[0-9]{1,5})?"
                    + "(?:[/?#][^\\s]*)?\\z",
            Pattern.CASE_INSENSITIVE);

    /**
     * DomainlessFormattedURLValidator (authentik/lib/models.py), Application.meta_launch_url's: ssh and
     * sftp more, and Python format placeholders such as {@code %(username)s} allowed before the host.
     */
    static final Set<String> FORMATTED = Set.of("http", "https", "ftp", "ftps", "ssh", "sftp");
    private static final Pattern FORMATTED_URL = Pattern.compile(
            "^(?:[a-z0-9.+-]*)://"
                    + "(?:[^\\s:@/]+(?::[^\\s:@/]*)?@)?"
                    + "(?:" + IPV4 + "|" + IPV6 + "|(?:[%\\(\\)a-zA-Z]*" + HOSTNAME + DOMAIN + "|localhost))"
                    + "(?::[0-9]{1,5})?"
                    + "(?:[/?#][^\\s]*)?\\z",
            Pattern.CASE_INSENSITIVE);

    private UrlCheck() {
    }

    static boolean valid(String value, Set<String> schemes) {
        if (value.length() > 2048 || value.contains("\t") || value.contains("\r") || value.contains("\n")) {
            return false;
        }
        String scheme = value.split("://", -1)[0].toLowerCase(Locale.ROOT);
        if (!scheme.equals("blank") && !HTTP.contains(scheme) && !schemes.contains(scheme)) {
            return false;
        }
        return (schemes == FORMATTED ? FORMATTED_URL : URL).matcher(value).matches();
    }
}
