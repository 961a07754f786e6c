package dev.akconf.model;

import java.util.Collection;

/** "Did you mean …?" hints by edit distance, for typos Authentik would silently accept. */
public final class Suggest {

    private Suggest() {
    }

    /** {@code " — did you mean \"x\"?"} for the closest candidate within a typo's distance, else "". */
    public static String didYouMean(String word, Collection<String> candidates) {
        return closest(word, candidates).map(best -> " — did you mean \"" + best + "\"?").orElse("");
    }

    /** The closest candidate within a typo's distance (case-insensitive), if any. */
    public static java.util.Optional<String> closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, word.length() / 3);
        return best != null && bestDistance <= allowed ? java.util.Optional.of(best) : java.util.Optional.empty();
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
