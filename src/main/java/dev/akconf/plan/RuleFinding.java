package dev.akconf.plan;

import dev.akconf.kinds.ResourceKey;

/**
 * A guardrail rule's objection to a planned change (e.g. AK002: removes the /dev/shm volume).
 * Apply refuses a plan with findings unless their rules are allowed.
 */
public record RuleFinding(String rule, ResourceKey key, String message) {
}
