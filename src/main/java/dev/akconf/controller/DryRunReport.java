package dev.akconf.controller;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The dry-run of Authentik's controller for one outpost.
 *
 * @param components      one result per declared {@code kubernetes_json_patches} component, in declaration order
 * @param ineffectiveKeys config keys that do nothing for this outpost
 * @param deployment      the Deployment the controller would apply, patches included; empty when it
 *                        builds none (embedded outpost, no Kubernetes connection, deployment disabled)
 *                        or its patch fails
 * @param assumption      set when the result assumes something akconf cannot know offline (an
 *                        undeclared service connection taken as Kubernetes)
 */
public record DryRunReport(List<ComponentResult> components, List<IneffectiveKey> ineffectiveKeys,
                           Optional<JsonNode> deployment, Optional<String> assumption) {

    /** The result for a declared component name. */
    public Optional<ComponentResult> component(String name) {
        return components.stream().filter(c -> c.component().equals(name)).findFirst();
    }
}
