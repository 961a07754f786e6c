package dev.akconf.cli;

import dev.akconf.render.Safe;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * picocli's usage errors, rewritten so they never repeat a value from the command line: picocli
 * quotes what it could not match ({@code Unknown options: '--token', 'ak-…'}) and the value it could
 * not convert, and the value after a mistyped {@code --token} is a token. Option names are ours to
 * show; values are not.
 */
final class UsageMessages {

    private UsageMessages() {
    }

    static String of(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            return unmatched(u);
        }
        String message = String.valueOf(e.getMessage());
        String value = e.getValue();
        if (value != null && !value.isEmpty()) {
            message = message.replace(value, "(value not shown)");
        }
        return Safe.text(message);
    }

    private static String unmatched(CommandLine.UnmatchedArgumentException u) {
        List<String> options = new ArrayList<>();
        int others = 0;
        List<String> unmatched = u.getUnmatched();
        if (!unmatched.isEmpty() && !u.getCommandLine().getSubcommands().isEmpty() && !unmatched.get(0).startsWith("-")
                && unmatched.get(0).matches("[A-Za-z][A-Za-z0-9-]{0,30}")) {
            // Where a command name is expected, a short word is a mistyped command, not a value.
            String message = "unknown command \"" + unmatched.get(0) + "\"";
            return u.getSuggestions().isEmpty() ? message : message + "; did you mean " + String.join(" or ", u.getSuggestions()) + "?";
        }
        for (String arg : unmatched) {
            if (arg.startsWith("-") && arg.length() > 1) {
                // --name=value: the name only.
                int eq = arg.indexOf('=');
                options.add(Safe.text(eq > 0 ? arg.substring(0, eq) : arg));
            } else {
                others++;
            }
        }
        List<String> parts = new ArrayList<>();
        if (!options.isEmpty()) {
            parts.add("unknown option" + (options.size() == 1 ? " " : "s ") + String.join(", ", options));
        }
        if (others > 0) {
            parts.add(others + " unexpected argument" + (others == 1 ? "" : "s") + " (not repeated here: it may be a secret)");
        }
        String message = String.join("; ", parts);
        List<String> suggestions = u.getSuggestions();
        if (!suggestions.isEmpty()) {
            message += "; did you mean " + String.join(" or ", suggestions.stream().map(Safe::text).toList()) + "?";
        }
        return message;
    }
}
