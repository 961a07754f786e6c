package dev.akconf.apply;

import dev.akconf.kinds.ResourceKey;
import dev.akconf.plan.Action;
import java.util.List;
import java.util.Map;

/**
 * The result of applying one resource change.
 *
 * @param key         the resource
 * @param action      what the plan asked for
 * @param outcome     what happened
 * @param id          the object's pk after apply (new for a create), or null
 * @param message     one line: why it failed or was skipped; empty otherwise
 * @param fieldErrors Authentik's field messages for a 400 ({@code {"internal_host": ["..."]}})
 * @param unconfirmed declared fields whose live value, re-read after the write, still differs from
 *                    what was written (Authentik normalised or ignored them)
 */
public record ResourceOutcome(ResourceKey key, Action action, Outcome outcome, String id, String message,
                              Map<String, List<String>> fieldErrors, List<String> unconfirmed) {

    public ResourceOutcome {
        fieldErrors = Map.copyOf(fieldErrors);
        unconfirmed = List.copyOf(unconfirmed);
        message = message == null ? "" : message;
    }

    static ResourceOutcome of(ResourceKey key, Action action, Outcome outcome, String id, String message) {
        return new ResourceOutcome(key, action, outcome, id, message, Map.of(), List.of());
    }

    ResourceOutcome withUnconfirmed(List<String> fields) {
        return new ResourceOutcome(key, action, outcome, id, message, fieldErrors, fields);
    }
}
