package dev.akconf.kinds;

import dev.akconf.model.RefTarget;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The kinds akconf manages, each with its adapter: the registry, and the one list a new kind is added
 * to. Declaration order is dependency order: a kind may only reference kinds declared before it (a
 * group's parents are the one reference within a kind; apply orders those itself).
 */
public enum Kind {
    SCOPE_MAPPING("ScopeMapping", "name", "scope-mapping.schema.json", ScopeMappingAdapter::new),
    GROUP("Group", "name", "group.schema.json", GroupAdapter::new),
    PROXY_PROVIDER("ProxyProvider", "name", "proxy-provider.schema.json", ProxyProviderAdapter::new),
    APPLICATION("Application", "slug", "application.schema.json", ApplicationAdapter::new),
    OUTPOST("Outpost", "name", "outpost.schema.json", OutpostAdapter::new),
    EXPRESSION_POLICY("ExpressionPolicy", "name", "expression-policy.schema.json", ExpressionPolicyAdapter::new),
    /** Identified by its target and subject, not one field: see {@link Identities}. */
    POLICY_BINDING("PolicyBinding", null, "policy-binding.schema.json", PolicyBindingAdapter::new);

    private final String label;
    private final String identityField;
    private final String schemaFile;
    private final KindAdapter adapter;

    Kind(String label, String identityField, String schemaFile, Function<Kind, KindAdapter> adapter) {
        this.label = label;
        this.identityField = identityField;
        this.schemaFile = schemaFile;
        this.adapter = adapter.apply(this);
    }

    /** The {@code kind:} value in YAML. */
    public String label() {
        return label;
    }

    /** The top-level key that names a resource of this kind: {@code name} or {@code slug}; null for a policy binding. */
    public String identityField() {
        return identityField;
    }

    /** The file under {@code schemas/} that defines a document of this kind. */
    public String schemaFile() {
        return schemaFile;
    }

    /** Everything kind-specific about this kind. */
    public KindAdapter adapter() {
        return adapter;
    }

    /** The kind's descriptor (endpoints, writable fields, references, sets, durations). */
    public KindSpec spec() {
        return adapter.spec();
    }

    public static Optional<Kind> byLabel(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Kind::label).toList();
    }

    /**
     * The declared kind whose objects {@code target} also finds, if any: its live list doubles as the
     * reference table, and a reference to one created in the same run waits for its pk.
     */
    public static Optional<Kind> declaring(RefTarget target) {
        return Arrays.stream(values()).filter(k -> k.adapter.servesTarget().filter(target::equals).isPresent()).findFirst();
    }
}
