package dev.akconf.render;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A multi-line value's change as unified-diff lines ({@code +}, {@code -}, {@code " "}, {@code @@}). */
final class ValueDiff {

    private ValueDiff() {
    }

    static List<String> lines(JsonNode before, JsonNode after) {
        List<String> beforeLines = Values.lines(before);
        List<String> afterLines = Values.lines(after);
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("before", "after", beforeLines,
                DiffUtils.diff(beforeLines, afterLines), 3);
        // Hunk headers help only where both sides have lines; a pure addition or removal reads better without.
        boolean headers = !beforeLines.isEmpty() && !afterLines.isEmpty();
        List<String> out = new ArrayList<>();
        for (String line : diff.subList(Math.min(2, diff.size()), diff.size())) {
            if (headers || !line.startsWith("@@")) {
                out.add(line);
            }
        }
        // Each line escaped on its own: the diff keeps its lines, no line keeps a control character.
        return Safe.lines(out);
    }
}
