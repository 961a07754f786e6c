package dev.akconf.controller;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * An outpost as akconf knows it, the input of {@link ControllerDryRun#run}.
 *
 * @param name       the outpost's name
 * @param type       {@code proxy}, {@code ldap}, {@code radius} or {@code rac} (other text: no controller)
 * @param embedded   true for the managed embedded outpost ({@code managed ==
 *                   "goauthentik.io/outposts/embedded"}, {@code authentik/outposts/apps.py} MANAGED_OUTPOST)
 * @param connection the kind of its service connection
 * @param config     its {@code config} object (keys missing take {@code OutpostConfig}'s defaults,
 *                   {@code authentik/outposts/models.py}); null means {@code {}}
 * @param unknowns   values unknown offline ({@link Unknowns#placeholders()} when you have none)
 */
public record OutpostInput(String name, String type, boolean embedded, ServiceConnection connection,
                           JsonNode config, Unknowns unknowns) {

    public OutpostInput {
        config = config == null || config.isNull() ? JsonNodeFactory.instance.objectNode() : config;
        unknowns = unknowns == null ? Unknowns.placeholders() : unknowns;
    }

    /** With {@link Unknowns#placeholders()}. */
    public static OutpostInput of(String name, String type, boolean embedded, ServiceConnection connection, JsonNode config) {
        return new OutpostInput(name, type, embedded, connection, config, Unknowns.placeholders());
    }
}
