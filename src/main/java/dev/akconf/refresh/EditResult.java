package dev.akconf.refresh;

import java.util.List;

/**
 * A file's text after the edits that could be made, and the ones left for a person.
 *
 * @param text    the new text (the old one when nothing applied)
 * @param applied the edits made
 * @param refused the edits not made, each with why
 */
public record EditResult(String text, List<Edit> applied, List<Refusal> refused) {

    public EditResult {
        applied = List.copyOf(applied);
        refused = List.copyOf(refused);
    }

    /** An edit left for a person. */
    public record Refusal(Edit edit, String reason) {
    }
}
