package dev.akconf.cli;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a command may know of the process it runs in, passed in rather than read from globals so tests
 * can drive the CLI with their own environment and terminal.
 *
 * @param env        environment variables (for ${VAR} substitution, AUTHENTIK_URL, AUTHENTIK_TOKEN, NO_COLOR)
 * @param isTerminal whether stdout is an interactive terminal (colour, prompts)
 * @param readLine   reads one line of the user's answer to a prompt; null at end of input
 */
public record AppContext(Function<String, String> env, boolean isTerminal, Supplier<String> readLine) {

    public AppContext(Function<String, String> env, boolean isTerminal) {
        this(env, isTerminal, () -> null);
    }

    public static AppContext system() {
        java.io.Console console = System.console();
        return new AppContext(System::getenv, console != null, () -> console == null ? null : console.readLine());
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
