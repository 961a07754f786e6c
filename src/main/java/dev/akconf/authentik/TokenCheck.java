package dev.akconf.authentik;

import java.util.Optional;

/**
 * Whether a token can travel in {@code Authorization: Bearer <token>} unaltered. Only visible ASCII
 * (0x21-0x7E) is accepted: a NUL, a line break, a control character or a non-ASCII character would be
 * refused by OkHttp with a message we do not control, or would split or corrupt the header; a space means
 * a copy-paste accident. The answer names the kind of character and its position, never the token.
 */
public final class TokenCheck {

    private TokenCheck() {
    }

    /** Empty when {@code token} is usable, else what is wrong with it ("contains a NUL byte at character 12"). */
    public static Optional<String> problem(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= 0x21 && c <= 0x7e) {
                continue;
            }
            String what = c == 0 ? "a NUL byte"
                    : c == '\r' || c == '\n' ? "a line break"
                    : c == ' ' || c == '\t' ? "a space"
                    : c < 0x20 || c == 0x7f ? "a control character"
                    : "a non-ASCII character";
            return Optional.of("contains " + what + " at character " + (i + 1)
                    + " (only visible ASCII can be sent in an HTTP header)");
        }
        return Optional.empty();
    }
}
