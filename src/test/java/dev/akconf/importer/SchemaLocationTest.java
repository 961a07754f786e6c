package dev.akconf.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: the editor line of imported files points at a schema that exists. */
class SchemaLocationTest {

    @TempDir
    Path dir;

    @Test
    void aRepositoryWithSchemasBesideItsConfigurationGetsARelativePath() throws IOException {
        Files.createDirectories(dir.resolve("schemas"));
        Files.writeString(dir.resolve("schemas/document.schema.json"), "{}");
        Path out = Files.createDirectories(dir.resolve("authentik/config"));
        String location = SchemaLocation.forDirectory(out);
        assertEquals("../../schemas/document.schema.json", location);
        assertTrue(Files.isRegularFile(out.resolve(location)));
    }

    @Test
    void elseTheRunningInstallationsSchemasByAbsolutePath() {
        String location = SchemaLocation.forDirectory(dir);
        assertTrue(SchemaLocation.isMachineSpecific(location), location);
        assertTrue(Files.isRegularFile(Path.of(location)), location);
        assertTrue(location.endsWith("/schemas/document.schema.json"), location);
    }
}
