package dev.akconf.refresh;

/**
 * Refuses an edit that would reach beyond its value through YAML anchors: a value under an anchor
 * ({@code &x}) is also the value of every alias ({@code *x}) to it, and a value under an alias is the
 * anchor's. Editing either in place would silently change the other place, so both are left for a
 * person, with the anchor named.
 */
final class Shared {

    private Shared() {
    }

    static void check(DocumentSpans doc, String pointer) {
        String p = pointer;
        while (true) {
            Span s = doc.get(p);
            if (s != null && s.shape() == Span.Shape.ALIAS) {
                throw new YamlEditor.Refused("its text is an alias to a YAML anchor used elsewhere too; edit the anchor by hand");
            }
            if (s != null && s.anchor() != null) {
                throw new YamlEditor.Refused("it is under the YAML anchor &" + s.anchor() + ", which other places may share");
            }
            if (s != null && s.tagged()) {
                throw new YamlEditor.Refused("its text carries an explicit YAML tag");
            }
            if (p.isEmpty()) {
                break;
            }
            p = dev.akconf.config.SourceMap.parent(p);
        }
        for (Span s : doc.subtree(pointer)) {
            if (s.anchor() != null) {
                throw new YamlEditor.Refused("it contains the YAML anchor &" + s.anchor() + ", which other places may use");
            }
            if (s.shape() == Span.Shape.ALIAS) {
                throw new YamlEditor.Refused("it contains an alias to a YAML anchor; edit it by hand");
            }
        }
    }
}
