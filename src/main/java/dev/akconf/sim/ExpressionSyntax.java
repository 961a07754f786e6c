package dev.akconf.sim;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * An approximation of the syntax check Authentik runs on every write of an expression policy's
 * {@code expression} (ExpressionPolicySerializer.validate_expression, authentik/policies/expression/api.py,
 * calling BaseEvaluator.validate in authentik/lib/expression/evaluator.py): the text is wrapped as the
 * body of {@code def handler(...):} (indented by four spaces, then a line {@code result = handler(...)}),
 * compiled by CPython 3.14 under the file name {@code temp-policy} on a create or the policy's stored
 * name on an update, and a SyntaxError or ValueError becomes the 400
 * {@code {"expression": ["Expression Syntax Error: <str(exc)>"]}}, where {@code str(exc)} reads
 * {@code <message> (<file name>, line <n>)}, n counted in the wrapped text (the expression's line + 1).
 *
 * <p>The simulator cannot compile Python. It refuses only what certainly fails to compile, with
 * CPython's tokenizer messages: a closing bracket without or not matching its opening one, a string
 * literal not terminated, an opening bracket never closed, a backslash that does not end its line
 * (outside strings), and text with no statement at all (only comments: the function body is empty).
 * Everything else is accepted, also what CPython would refuse (bad indentation, invalid syntax). It
 * reports the first such problem in reading order; CPython may report an earlier parser error
 * instead, or "invalid syntax" for an unclosed bracket the parser trips over first (same status,
 * other text). An f-string or t-string ends the check (accepted from there): since Python 3.12 their
 * replacement fields nest quotes and brackets, which this scanner does not follow. Checked by hand
 * against CPython 3.11 (3.14 was not at hand; these messages date from 3.10 and were kept) on ~18,000
 * mutated and random expressions: nothing it refuses compiled; where CPython's first error was one
 * of these, the texts were the same.
 */
final class ExpressionSyntax {

    private static final String OPENING = "([{";
    private static final String CLOSING = ")]}";

    private final String text;
    private int at;
    /** The current line of the expression, 1-based. */
    private int line = 1;

    private ExpressionSyntax(String text) {
        this.text = text;
    }

    /** The 400 message for {@code expression} compiled under {@code fileName}, or empty when it may compile. */
    static Optional<String> error(String expression, String fileName) {
        return new ExpressionSyntax(expression).scan()
                .map(p -> "Expression Syntax Error: " + p.message() + " (" + fileName + ", line " + p.line() + ")");
    }

    /** A CPython SyntaxError: its message and its line in the wrapped text. */
    private record Problem(String message, int line) {
    }

    private record Open(char bracket, int line) {
    }

    private Optional<Problem> scan() {
        Deque<Open> open = new ArrayDeque<>();
        boolean code = false;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '#') {
                while (at < text.length() && !isNewline(text.charAt(at))) {
                    at++;
                }
            } else if (isNewline(c)) {
                newline();
            } else if (c == '\'' || c == '"') {
                code = true;
                String prefix = prefix();
                if (prefix.contains("f") || prefix.contains("t")) {
                    return Optional.empty();
                }
                Optional<Problem> p = string(c);
                if (p.isPresent()) {
                    return p;
                }
            } else if (OPENING.indexOf(c) >= 0) {
                code = true;
                open.push(new Open(c, line));
                at++;
            } else if (CLOSING.indexOf(c) >= 0) {
                Open o = open.poll();
                if (o == null) {
                    return Optional.of(new Problem("unmatched '" + c + "'", wrapped(line)));
                }
                if (CLOSING.indexOf(c) != OPENING.indexOf(o.bracket())) {
                    return Optional.of(new Problem("closing parenthesis '" + c + "' does not match opening parenthesis '"
                            + o.bracket() + "'" + (o.line() == line ? "" : " on line " + wrapped(o.line())), wrapped(line)));
                }
                at++;
            } else if (c == '\\') {
                // A line continuation; before the end it joins the wrapper's last line to the body.
                code = true;
                at++;
                if (at < text.length() && !isNewline(text.charAt(at))) {
                    return Optional.of(new Problem("unexpected character after line continuation character", wrapped(line)));
                }
                if (at < text.length()) {
                    newline();
                }
            } else {
                code = code || !Character.isWhitespace(c);
                at++;
            }
        }
        if (!open.isEmpty()) {
            Open innermost = open.peek();
            return Optional.of(new Problem("'" + innermost.bracket() + "' was never closed", wrapped(innermost.line())));
        }
        if (!code) {
            // The wrapper's last line is the first one after an empty function body.
            return Optional.of(new Problem("expected an indented block after function definition on line 1", wrapped(line) + 1));
        }
        return Optional.empty();
    }

    /**
     * The string literal starting at the quote here, up to its end: a backslash escapes the next
     * character, a raw string's too (r"\"" is one string); a line break ends a one-quote string.
     */
    private Optional<Problem> string(char quote) {
        int start = line;
        boolean triple = text.startsWith(String.valueOf(quote).repeat(3), at);
        at += triple ? 3 : 1;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\\' && at + 1 == text.length()) {
                // Escapes the wrapper's line break: the string runs on into its last line, which has no quote.
                return Optional.of(new Problem("unterminated " + (triple ? "triple-quoted " : "") + "string literal (detected at line "
                        + (wrapped(line) + 1) + ")", wrapped(start)));
            }
            if (c == '\\') {
                at++;
                if (isNewline(text.charAt(at))) {
                    newline();
                } else {
                    at++;
                }
            } else if (isNewline(c)) {
                if (!triple) {
                    return Optional.of(new Problem("unterminated string literal (detected at line " + wrapped(line) + ")", wrapped(start)));
                }
                newline();
            } else if (c == quote && (!triple || text.startsWith(String.valueOf(quote).repeat(3), at))) {
                at += triple ? 3 : 1;
                return Optional.empty();
            } else {
                at++;
            }
        }
        if (triple) {
            // Detected at the end of the wrapped text: the line after the expression's last.
            return Optional.of(new Problem("unterminated triple-quoted string literal (detected at line " + (wrapped(line) + 1) + ")",
                    wrapped(start)));
        }
        return Optional.of(new Problem("unterminated string literal (detected at line " + wrapped(line) + ")", wrapped(start)));
    }

    /** The string prefix before the quote at {@code at} (lower case), if the word before it is one (r, b, rb, f, ...). */
    private String prefix() {
        int from = at;
        while (from > 0 && isWordChar(text.charAt(from - 1))) {
            from--;
        }
        String word = text.substring(from, at).toLowerCase(java.util.Locale.ROOT);
        return word.length() <= 2 && word.chars().allMatch(ch -> "rubft".indexOf(ch) >= 0) ? word : "";
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isNewline(char c) {
        return c == '\n' || c == '\r';
    }

    /** Steps over one line break (\n, \r\n or \r, as CPython's tokenizer reads them). */
    private void newline() {
        if (text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n') {
            at++;
        }
        at++;
        line++;
    }

    /** An expression line's number in the wrapped text, below {@code def handler(...):}. */
    private static int wrapped(int expressionLine) {
        return expressionLine + 1;
    }
}
