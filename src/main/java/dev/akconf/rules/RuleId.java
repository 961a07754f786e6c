package dev.akconf.rules;

/** akconf's guardrail rules; {@code akconf explain RULE} prints each one's full text. */
public enum RuleId {
    AK001("session store capacity: a standalone proxy outpost's /dev/shm fills before its sessions expire"),
    AK002("protected change: the plan removes or shrinks the /dev/shm volume in effect, or raises access_token_validity above the bound"),
    AK003("patch consistency: kubernetes_json_patches that Authentik's controller would fail on, or that cannot work"),
    AK004("no effect: config or patches Authentik will not act on for this outpost");

    private final String summary;

    RuleId(String summary) {
        this.summary = summary;
    }

    public String summary() {
        return summary;
    }

    /** The rule's explanation, from {@code /dev/akconf/rules/<ID>.txt} in the jar. */
    public String explanation() {
        try (java.io.InputStream in = RuleId.class.getResourceAsStream("/dev/akconf/rules/" + name() + ".txt")) {
            return in == null ? summary : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return summary;
        }
    }
}
