package dev.akconf.kinds;

import static dev.akconf.model.FieldRule.byDefault;
import static dev.akconf.model.FieldRule.required;

import dev.akconf.model.FieldRule;
import dev.akconf.model.RefField;
import dev.akconf.model.RefTarget;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code Application}: {@code /core/applications/}, keyed by slug (authentik/core/api/applications.py). */
public final class ApplicationAdapter extends GenericAdapter {

    ApplicationAdapter(Kind kind) {
        super(new KindSpec(kind,
                "/core/applications/",
                // Without it Authentik lists only the applications the token's user passes policies for,
                // cached per user for 24 h (authentik-api.md §2.2).
                Map.of("superuser_full_list", List.of("true")),
                "slug", "slug", "slug",
                List.of("name", "slug", "provider", "backchannel_providers", "open_in_new_tab", "meta_launch_url",
                        "meta_icon", "meta_description", "meta_publisher", "policy_engine_mode", "group"),
                Map.of("provider", new RefField(RefTarget.PROVIDER, false),
                        "backchannel_providers", new RefField(RefTarget.PROVIDER, true)),
                Set.of("backchannel_providers"),
                Set.of(),
                Set.of()), table(), RefTarget.APPLICATION);
    }

    // authentik/core/models.py Application; policy_engine_mode from authentik/policies/models.py
    // PolicyBindingModel. meta_icon is authentik/admin/files/fields.py FileField, a TextField: "".
    // provider is compared too: nothing in Authentik assigns an application's provider by itself
    // (OneToOneField, default None), and attaching one is what makes an application reachable.
    private static List<FieldRule> table() {
        return List.of(
                required("name"),
                byDefault("provider", Values.NONE).markedSecurity(),
                byDefault("backchannel_providers", Values.NO_ITEMS),
                byDefault("open_in_new_tab", Values.FALSE),
                byDefault("meta_launch_url", Values.EMPTY),
                byDefault("meta_icon", Values.EMPTY),
                byDefault("meta_description", Values.EMPTY),
                byDefault("meta_publisher", Values.EMPTY),
                byDefault("policy_engine_mode", Values.text("any")).markedSecurity(),
                byDefault("group", Values.EMPTY));
    }

    /** The provider an application is served by is expected in the configuration (akconf's check, not Authentik's). */
    @Override
    public Set<String> declaredRefs() {
        return Set.of("provider", "backchannel_providers");
    }

    /** Application.provider is a OneToOneField (authentik/core/models.py): one application per provider. */
    @Override
    public Map<String, String> exclusiveRefs() {
        return Map.of("provider", "Authentik allows one application per provider; use backchannel_providers");
    }
}
