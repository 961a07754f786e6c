package dev.akconf.refresh;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** One change to a YAML file, addressed by document and JSON pointer as the configuration loader reads them. */
public sealed interface Edit {

    /** 0-based document of the file. */
    int document();

    /** What the edit is about, for report lines, e.g. {@code ProxyProvider "Grafana" access_token_validity}. */
    String label();

    /**
     * The value at {@code pointer} becomes {@code value}: replaced where it stands, or added to the
     * nearest mapping above it that exists.
     *
     * @param order the API's field order of the mapping the value would be added to (empty: at its end)
     */
    record Set(int document, String pointer, JsonNode value, List<String> order, String label) implements Edit {
        public Set {
            order = List.copyOf(order);
        }
    }

    /** The whole document goes, with its {@code ---} line. */
    record RemoveDocument(int document, String label) implements Edit {
    }
}
