package dev.akconf.render;

/** ANSI colour, or nothing: chosen once at the CLI edge (terminal, NO_COLOR, --no-color). */
public record Style(boolean enabled) {

    public static final Style PLAIN = new Style(false);

    public String red(String s) {
        return wrap("31", s);
    }

    public String green(String s) {
        return wrap("32", s);
    }

    public String yellow(String s) {
        return wrap("33", s);
    }

    public String bold(String s) {
        return wrap("1", s);
    }

    public String dim(String s) {
        return wrap("2", s);
    }

    private String wrap(String code, String s) {
        return enabled ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
