package dev.akconf.cli;

import dev.akconf.config.YamlDocument;
import dev.akconf.config.YamlLimits;
import dev.akconf.config.YamlReader;
import dev.akconf.diag.Diagnostics;
import dev.akconf.sim.SimState;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A fixture file for {@code akconf demo --fixture}: JSON or YAML (read by akconf's YAML reader, with
 * its limits), one document in the simulator's fixture format (see the README and
 * {@code src/main/resources/sim/*.json}): API list path → list of objects as that list returns them.
 */
final class DemoFixture {

    /** The one line to print for a fixture the simulator cannot use. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String line) {
            super(line, null, false, false);
        }
    }

    /** The file name an example directory's objects-that-Authentik-already-holds live in (named in help/demo.properties too). */
    static final String EXAMPLE_FIXTURE = "demo-fixture.json";

    private DemoFixture() {
    }

    /**
     * JSON by Jackson: a copy of a large installation may exceed the YAML reader's limits, which are
     * meant for hand-written configuration.
     */
    private static tools.jackson.databind.JsonNode json(Path file, String text) throws Invalid {
        try {
            return tools.jackson.databind.json.JsonMapper.builder()
                    .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build().readTree(text);
        } catch (tools.jackson.core.JacksonException e) {
            tools.jackson.core.TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            // Jackson's first line, without its "(start marker at [Source: ...])" tail.
            String why = e.getOriginalMessage().lines().findFirst().orElse("").split(" \\(start marker")[0];
            throw new Invalid(file + where + ": not valid JSON: " + why);
        }
    }

    private static tools.jackson.databind.JsonNode yaml(Path file, String text) throws Invalid {
        Diagnostics diags = new Diagnostics();
        List<YamlDocument> docs = new YamlReader(YamlLimits.DEFAULT).read(file.toString(), text, diags);
        if (diags.hasErrors()) {
            throw new Invalid(diags.sorted().get(0).toString());
        }
        if (docs.size() != 1) {
            throw new Invalid(file + ": a fixture is one JSON or YAML document, found " + docs.size());
        }
        return docs.get(0).root();
    }

    /** {@code seed} with the file's objects added, checked by rendering every list once. */
    static SimState apply(SimState seed, Path file) throws Invalid {
        if (!Files.isRegularFile(file)) {
            throw new Invalid(file + ": no such file");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new Invalid(file + ": not UTF-8 text");
        } catch (IOException e) {
            // The reason in words (permission denied, …), not the exception's class name.
            throw new Invalid("cannot read the fixture " + dev.akconf.diag.FileProblems.describe(e));
        }
        tools.jackson.databind.JsonNode root = file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                ? json(file, text) : yaml(file, text);
        try {
            SimState state = seed.withFixture(root);
            // Seeds are trusted by the simulator: render everything now, so that a wrong type fails
            // here with the file's name rather than later inside a request.
            state.toFixture();
            return state;
        } catch (IllegalArgumentException e) {
            throw new Invalid(file + ": " + e.getMessage());
        } catch (RuntimeException e) {
            throw new Invalid(file + ": the simulator cannot use this fixture (a value of the wrong type?)");
        }
    }
}
