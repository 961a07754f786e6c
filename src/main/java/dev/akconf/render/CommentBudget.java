package dev.akconf.render;

/**
 * The room left in one pull-request comment. GitHub refuses a comment body over 65,536 characters
 * (GitLab's limit, 1,000,000, is far above); akconf's Markdown plan stays within {@link #CHARACTERS},
 * which leaves room for a CI job's own heading and footer around it.
 *
 * <p>Lengths are Java string lengths (UTF-16 code units), which are never fewer than the characters
 * (code points) GitHub counts, and are taken of the text as printed, after every escaping step, line
 * separators included.
 */
final class CommentBudget {

    /** The documented budget of {@code plan --output markdown} (README, "Pull-request comments"). */
    static final int CHARACTERS = 60_000;

    private int left;

    CommentBudget(int characters) {
        this.left = characters;
    }

    /** Takes {@code text} from the budget if it fits; false (and nothing taken) if it does not. */
    boolean take(String text) {
        if (text.length() > left) {
            return false;
        }
        left -= text.length();
        return true;
    }

    /** Takes {@code characters} unconditionally: room kept for a part that is always printed. */
    void reserve(int characters) {
        left -= characters;
    }
}
