package dev.akconf.cli;

import dev.akconf.rules.RuleId;
import java.util.Arrays;
import java.util.Iterator;

/** What completion offers for {@code --allow} and {@code explain}: the guardrail rule ids. */
final class RuleIds implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(RuleId.values()).map(Enum::name).iterator();
    }
}
