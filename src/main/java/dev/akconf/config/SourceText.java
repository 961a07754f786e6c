package dev.akconf.config;

import dev.akconf.diag.Diagnostics;
import dev.akconf.model.Origin;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a configuration file as text, refusing what is not a YAML text file before the parser sees
 * it: too large, binary (a NUL byte) or not UTF-8. Each refusal is one diagnostic naming the file.
 */
public final class SourceText {

    private final YamlLimits limits;

    public SourceText(YamlLimits limits) {
        this.limits = limits;
    }

    public Optional<String> read(SourceFile file, Diagnostics diags) {
        Origin where = Origin.ofFile(file.label());
        // A FIFO would block the read until a writer comes, /dev/zero would never end: regular files only.
        String what = dev.akconf.diag.FileProblems.notRegular(file.path());
        if (what != null) {
            diags.error(where, "is " + what + ", not a regular file; akconf reads only regular files");
            return Optional.empty();
        }
        try {
            long size = Files.size(file.path());
            if (size > limits.maxFileBytes()) {
                diags.error(where, String.format(Locale.ROOT, "file is %.1f MiB, over the %d MiB limit for a configuration file",
                        size / 1048576.0, limits.maxFileBytes() / 1048576));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file.path());
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    diags.error(where, "binary content (NUL byte at offset " + i + "), not a YAML text file");
                    return Optional.empty();
                }
            }
            return Optional.of(decode(bytes));
        } catch (CharacterCodingException e) {
            diags.error(where, "not valid UTF-8 text; save the file as UTF-8");
        } catch (IOException e) {
            diags.error(where, "cannot read file: " + dev.akconf.diag.FileProblems.describe(e));
        }
        return Optional.empty();
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
