package dev.akconf.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's boundary: outside {@code kinds/}, {@code model/} and {@code sim/}, no line of the
 * production code names a specific kind ({@code Kind.OUTPOST}, the grep {@code Kind\.[A-Z_]+}) or a
 * specific adapter class: what differs per kind is asked of {@code kind.adapter()}.
 */
class AdapterBoundaryTest {

    private static final Path MAIN = Path.of("src/main/java/dev/akconf");
    private static final Pattern KIND_CONSTANT = Pattern.compile("Kind\\.[A-Z_]+");
    /** Where naming a kind is the point: the registry and adapters, the data model, the simulator. */
    private static final Set<String> ALLOWED = Set.of("kinds", "model", "sim");
    @Test
    void noLineOutsideTheKindsNamesASpecificKindOrAdapter() throws IOException {
        Set<String> adapters = new TreeSet<>();
        for (Kind kind : Kind.values()) {
            Class<?> c = kind.adapter().getClass();
            if (c != GenericAdapter.class) {
                adapters.add(c.getSimpleName());
            }
        }
        assertTrue(adapters.contains("OutpostAdapter"), adapters::toString);
        List<String> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(MAIN)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : files) {
            String pkg = MAIN.relativize(file).getName(0).toString();
            if (ALLOWED.contains(pkg)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                boolean names = KIND_CONSTANT.matcher(line).find() || adapters.stream().anyMatch(line::contains);
                if (names) {
                    found.add(MAIN.relativize(file) + ":" + (i + 1) + ": " + line.strip());
                }
            }
        }
        assertTrue(files.size() > 100, "the sources were found: " + files.size());
        assertEquals(List.of(), found, "lines naming a specific kind or adapter outside kinds/, model/ and sim/");
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        assertTrue(KIND_CONSTANT.matcher("if (r.kind() == Kind.OUTPOST) {").find());
        assertTrue(KIND_CONSTANT.matcher("Kind.POLICY_BINDING").find());
        assertTrue(!KIND_CONSTANT.matcher("kind.adapter().controllerModel()").find());
    }
}
