package dev.akconf.refresh;

import java.util.List;
import java.util.Map;

/**
 * What refresh would change: the edits per configuration file (by the label the loader gave it),
 * and what it leaves for a person.
 *
 * @param edits   file label to its edits, in plan order
 * @param notices drift that is not written: values from variables, sensitive values, resources
 *                deleted in the UI (without {@code --prune}), objects declared absent that exist
 * @param where   each edit's position in its file, {@code FILE:LINE:COLUMN}, for report lines
 */
public record RefreshWork(Map<String, List<Edit>> edits, List<Notice> notices, Map<Edit, String> where) {

    public RefreshWork {
        edits = Map.copyOf(edits);
        notices = List.copyOf(notices);
        where = Map.copyOf(where);
    }
}
