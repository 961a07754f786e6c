package dev.akconf.render;

import dev.akconf.refresh.Notice;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Refresh's report: the files it changed (or would, with --check), and what it left for a person. */
public record RefreshText(Style style) {

    /**
     * @param check   {@code --check}: nothing was written, the files "would change"
     * @param target  the API base URL read
     * @param changed file → a summary of its edits
     * @param notices drift refresh does not write
     */
    public void render(boolean check, String target, Map<String, String> changed, List<Notice> notices, PrintWriter out) {
        String verb = check ? "would change" : "changed";
        if (changed.isEmpty()) {
            out.println(notices.isEmpty() ? "No changes. The configuration matches Authentik." : "No file " + verb + ".");
        } else {
            out.println(style.bold("Refresh from " + Safe.text(target) + ": " + changed.size() + " file(s) " + verb + ":"));
            changed.forEach((file, summary) -> out.println("  " + style.yellow("~") + " " + Safe.text(file) + ": " + summary));
        }
        if (!notices.isEmpty()) {
            out.println(style.bold("Left for a person (" + notices.size() + "):"));
            for (Notice n : notices) {
                out.println("  " + style.yellow("!") + " " + Safe.text(n.toString()));
            }
        }
        if (!changed.isEmpty() && !check) {
            out.println("Review with git diff: merge to accept the UI changes; discard and run apply to revert them.");
        }
        out.flush();
    }
}
