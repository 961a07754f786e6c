package dev.akconf.render;

import java.util.Locale;

/** Counts as the plan views print them: "1,998", "1 object", "37 objects". */
final class PlanCounts {

    private PlanCounts() {
    }

    /** With thousands separators, the same in every locale (a PR comment must not depend on the runner's). */
    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String objects(long n) {
        return number(n) + (n == 1 ? " object" : " objects");
    }
}
