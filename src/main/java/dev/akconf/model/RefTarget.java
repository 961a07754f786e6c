package dev.akconf.model;

import java.util.List;

/**
 * What a reference field points at, and how to find it by the natural key written in YAML.
 * Each target is read with one list request per plan, never one GET per reference.
 */
public enum RefTarget {
    FLOW("flow", "/flows/instances/", List.of("slug"), false),
    SCOPE_MAPPING("scope mapping", "/propertymappings/provider/scope/", List.of("name", "managed"), false),
    CERTIFICATE("certificate-key pair", "/crypto/certificatekeypairs/", List.of("name"), false),
    SERVICE_CONNECTION("service connection", "/outposts/service_connections/all/", List.of("name"), false),
    GROUP("group", "/core/groups/", List.of("name"), false),
    /** A policy binding's target: the application's pk is its policy-binding-model uuid. */
    APPLICATION("application", "/core/applications/", List.of("slug"), false),
    USER("user", "/core/users/", List.of("username"), true),
    POLICY("policy", "/policies/all/", List.of("name"), false),
    /**
     * A proxy provider's jwt_federation_sources: a ManyToMany to OAuthSource
     * (authentik/providers/oauth2/models.py); the list's pk is the source's uuid, its slug the natural key.
     */
    SOURCE("OAuth source", "/sources/oauth/", List.of("slug"), false),
    /** Any provider type; proxy providers are found in the ProxyProvider list first. */
    PROVIDER("provider", "/providers/all/", List.of("name"), true);

    /** What is known of a target: its noun in messages, its list, the fields tried to match a YAML value, its pk type. */
    private record Table(String noun, String listPath, List<String> keyFields, boolean integerPk) {
    }

    private final Table table;

    RefTarget(String noun, String listPath, List<String> keyFields, boolean integerPk) {
        this.table = new Table(noun, listPath, keyFields, integerPk);
    }

    public String noun() {
        return table.noun();
    }

    public String listPath() {
        return table.listPath();
    }

    /** Live fields tried, in order, to match the YAML value (e.g. a scope mapping's name, then its managed id). */
    public List<String> keyFields() {
        return table.keyFields();
    }

    /** Providers have integer pks; everything else here is a uuid. */
    public boolean integerPk() {
        return table.integerPk();
    }
}
