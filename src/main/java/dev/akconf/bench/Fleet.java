package dev.akconf.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The synthetic installation: {@code n} forward-auth applications, each with its own proxy provider,
 * and one outpost serving the first few. Fields vary from app to app the way a real fleet's do, so
 * the plan compares more than one shape of document.
 *
 * @param apps          the applications, in order
 * @param outpostName   the name of the one outpost
 * @param outpostServes how many of the first apps the outpost serves
 */
public record Fleet(List<App> apps, String outpostName, int outpostServes) {

    /** The validity a changed provider is given: shorter than every seeded one, so AK002 stays quiet. */
    public static final String CHANGED_VALIDITY = "hours=12";

    public Fleet {
        apps = List.copyOf(apps);
    }

    /** One application and its provider; {@code index} decides the varied fields. */
    public record App(int index, String slug, String name) {

        public String host() {
            return "https://" + slug + ".bench.example.com";
        }

        public String authorizationFlow() {
            return index % 3 == 0 ? "default-provider-authorization-explicit-consent"
                    : "default-provider-authorization-implicit-consent";
        }

        public String accessTokenValidity() {
            return index % 4 == 0 ? "hours=8" : "hours=24";
        }

        public boolean interceptHeaderAuth() {
            return index % 5 == 0;
        }

        /** Every seventh app lets its public pages and assets through without a login. */
        public String skipPathRegex() {
            return index % 7 == 0 ? "^/public/\n^/static/" : null;
        }

        public String group() {
            return List.of("Monitoring", "Documentation", "Development", "Operations").get(index % 4);
        }

        public String policyEngineMode() {
            return index % 2 == 0 ? "any" : "all";
        }
    }

    /** {@code n} apps named {@code app-00001} ... and an outpost serving the first ten. */
    public static Fleet of(int n) {
        int width = Math.max(5, String.valueOf(n).length());
        List<App> apps = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            String number = String.format("%0" + width + "d", i);
            apps.add(new App(i, "app-" + number, "App " + number));
        }
        return new Fleet(apps, "bench-outpost", Math.min(10, n));
    }

    /** The apps whose provider the "changed" configuration gives {@link #CHANGED_VALIDITY}, spread evenly. */
    public List<App> changed(int percent) {
        int count = (int) Math.round(apps.size() * Math.max(0, Math.min(100, percent)) / 100.0);
        List<App> out = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            out.add(apps.get((int) ((long) j * apps.size() / count)));
        }
        return out;
    }
}
