package dev.akconf.cli;

import java.util.Map;
import java.util.function.Function;

/**
 * What a command may know of the process it runs in, passed in rather than read from globals so tests
 * can drive the CLI with their own environment and terminal.
 *
 * @param env        environment variables (for ${VAR} substitution, AUTHENTIK_URL, AUTHENTIK_TOKEN, NO_COLOR)
 * @param isTerminal whether stdout is an interactive terminal (colour, prompts)
 */
public record AppContext(Function<String, String> env, boolean isTerminal) {

    public static AppContext system() {
        return new AppContext(System::getenv, System.console() != null);
    }

    public static AppContext of(Map<String, String> env) {
        return new AppContext(env::get, false);
    }

    /** Colour is used only on a terminal, and never when NO_COLOR is set to anything (https://no-color.org). */
    public boolean colour(boolean noColorFlag) {
        String noColor = env.apply("NO_COLOR");
        return isTerminal && !noColorFlag && (noColor == null || noColor.isEmpty());
    }
}
