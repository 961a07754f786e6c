package dev.akconf.plan;

/** What a plan does to one resource; each action owns its Terraform-style symbol and its JSON word. */
public enum Action {
    CREATE("+", "create"),
    UPDATE("~", "update"),
    DELETE("-", "delete"),
    NO_OP(" ", "no-op");

    private final String symbol;
    private final String word;

    Action(String symbol, String word) {
        this.symbol = symbol;
        this.word = word;
    }

    public String symbol() {
        return symbol;
    }

    /** The value of {@code action} in the JSON plan. */
    public String word() {
        return word;
    }

    public static Action fromWord(String word) {
        for (Action a : values()) {
            if (a.word.equals(word)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown action: " + word);
    }
}
