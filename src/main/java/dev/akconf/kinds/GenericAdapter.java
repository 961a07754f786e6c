package dev.akconf.kinds;

import dev.akconf.model.FieldRule;
import dev.akconf.model.RefTarget;
import java.util.List;
import java.util.Optional;

/** A kind with no hooks: its descriptor, its defaults table and, when references find it, their target. */
public class GenericAdapter implements KindAdapter {

    private final KindSpec spec;
    private final List<FieldRule> defaults;
    private final RefTarget target;

    public GenericAdapter(KindSpec spec, List<FieldRule> defaults, RefTarget target) {
        this.spec = spec;
        this.defaults = List.copyOf(defaults);
        this.target = target;
    }

    @Override
    public KindSpec spec() {
        return spec;
    }

    @Override
    public List<FieldRule> defaults() {
        return defaults;
    }

    @Override
    public Optional<RefTarget> servesTarget() {
        return Optional.ofNullable(target);
    }
}
