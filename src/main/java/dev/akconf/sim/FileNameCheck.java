package dev.akconf.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code validate_file_name} (authentik/admin/files/validation.py, 2026.2.2), the default validator
 * of Authentik's {@code FileField} (authentik/admin/files/fields.py), which
 * {@code Application.meta_icon} is. The ModelSerializer runs it on the stripped text and never on
 * "" (DRF returns a blank value before the validators), so an empty icon is fine.
 */
final class FileNameCheck {

    /** PassthroughBackend.supports_file (backends/passthrough.py): note "http:" without the slashes. */
    private static final List<String> PASSTHROUGH = List.of("fa://", "http:", "https://");
    /** StaticBackend.supports_file (backends/static.py). */
    private static final String STATIC_PREFIX = "/static";
    /** backends/base.py THEME_VARIABLE. */
    private static final String THEME = "%(theme)s";
    /** re.match with "$", which also matches before one trailing newline (stripped by DRF anyway). */
    private static final Pattern ALLOWED = Pattern.compile("^[a-zA-Z0-9._/-]+\\n?$");
    private static final int MAX_NAME = 1024;
    private static final int MAX_PART = 255;

    private FileNameCheck() {
    }

    /** Authentik's message for a name it refuses, or empty when it accepts the name. */
    static Optional<String> check(String name) {
        if (PASSTHROUGH.stream().anyMatch(name::startsWith) || name.startsWith(STATIC_PREFIX)) {
            return Optional.empty();
        }
        if (name.isEmpty()) {
            return Optional.of("File name cannot be empty");
        }
        if (!ALLOWED.matcher(name.replace(THEME, "theme")).matches()) {
            return Optional.of("File name can only contain letters (a-z, A-Z), numbers (0-9), dots (.), hyphens (-), "
                    + "underscores (_), forward slashes (/), and the placeholder %(theme)s for theme-specific files");
        }
        if (name.contains("//")) {
            return Optional.of("File name cannot contain duplicate /");
        }
        if (name.startsWith("/")) {
            return Optional.of("Absolute paths are not allowed");
        }
        List<String> parts = posixParts(name);
        if (parts.contains("..")) {
            return Optional.of("Parent directory references ('..') are not allowed");
        }
        String normalized = parts.isEmpty() ? "." : String.join("/", parts);
        if (normalized.startsWith(".")) {
            return Optional.of("Paths cannot start with '.'");
        }
        if (normalized.length() > MAX_NAME) {
            return Optional.of("File name too long (max " + MAX_NAME + " characters)");
        }
        if (parts.stream().anyMatch(p -> p.length() > MAX_PART)) {
            return Optional.of("Path component too long (max " + MAX_PART + " characters)");
        }
        return Optional.empty();
    }

    /** PurePosixPath(name).parts of a relative name: empty and "." components dropped, ".." kept. */
    private static List<String> posixParts(String name) {
        List<String> parts = new ArrayList<>();
        for (String p : name.split("/")) {
            if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        return parts;
    }
}
