package dev.akconf.render;

import java.io.PrintWriter;

/** The demo's narration around the views it shows: what the simulator holds, each step and why. */
public record DemoText(Style style, PrintWriter out) {

    /** {@code demo -c DIR}: the simulator's state and the configuration the steps run on. */
    public void converging(String url, String state, String what) {
        out.println(style.bold("akconf demo") + ": a simulated Authentik 2026.2.2 at " + url + " holds "
                + state + ". Running validate, plan, apply and plan again on " + what + ".");
    }

    /** {@code demo}: the incident's story. */
    public void story(String url, String state) {
        out.println(style.bold("akconf demo") + ": a simulated Authentik 2026.2.2 at " + url + " holds "
                + state + ": the catch-all provider at hours=168, the standalone catch-all outpost with the default "
                + "64 MiB /dev/shm, and the embedded outpost carrying the post-mortem's deployment patch.");
    }

    /** {@code demo --serve}: what any akconf command (or curl) needs to reach the simulator. */
    public void serving(String url, String token, String state) {
        out.println("AUTHENTIK_URL=" + url);
        out.println("AUTHENTIK_TOKEN=" + token);
        out.println("# a simulated Authentik 2026.2.2 holding " + state + "; Ctrl-C stops it");
        out.flush();
    }

    /** {@code Step 2/5: akconf plan — why}, between blank lines. */
    public void step(int step, int steps, String command, String why) {
        out.println();
        out.println(style.bold("Step " + step + "/" + steps + ": akconf " + command) + style.dim(" — " + why));
        out.println();
        out.flush();
    }

    /** The post-mortem's hand-made fix: what validate says about it ({@code findings}, the validation view's text). */
    public void postmortem(String findings) {
        out.println("The simulator holds exactly this state. Here is what akconf would have said about it:");
        out.println();
        out.print(findings);
        out.println();
        out.println(style.dim("The reviewed configuration answers these findings; the next steps apply it."));
        out.flush();
    }
}
