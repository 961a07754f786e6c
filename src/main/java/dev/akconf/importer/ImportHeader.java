package dev.akconf.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The comment lines at the top of every imported file: where and when it came from, and what was left out. */
public final class ImportHeader {

    private ImportHeader() {
    }

    public static List<String> lines(String target, String serverVersion, Instant at, boolean full) {
        String what = full ? "Every writable field is written."
                : "Fields equal to Authentik's defaults are left out; plan and drift check only declared fields.";
        return List.of("Imported from " + withoutUserInfo(target) + " at " + at.truncatedTo(ChronoUnit.SECONDS) + " by akconf import",
                "Authentik " + serverVersion + ". " + what);
    }

    /** The URL without {@code user:password@}, which has no business in a file meant for git. */
    static String withoutUserInfo(String url) {
        try {
            URI u = new URI(url);
            if (u.getRawUserInfo() == null) {
                return url;
            }
            return new URI(u.getScheme(), null, u.getHost(), u.getPort(), u.getPath(), u.getQuery(), u.getFragment()).toString();
        } catch (URISyntaxException e) {
            return url.replaceAll("//[^/@]*@", "//");
        }
    }
}
