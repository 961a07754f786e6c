package dev.akconf.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simulator's approximation of Authentik's expression syntax check. The expected texts are what
 * CPython answered for the same expressions wrapped as BaseEvaluator.wrap_expression wraps them
 * (authentik/lib/expression/evaluator.py) and compiled under "temp-policy".
 */
class ExpressionSyntaxTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            return (1                         | '(' was never closed (temp-policy, line 2)
            return foo(\\n[1                  | '[' was never closed (temp-policy, line 3)
            x = (\\n1\\n\\nreturn x           | '(' was never closed (temp-policy, line 2)
            return (1 # )                     | '(' was never closed (temp-policy, line 2)
            return 1)                         | unmatched ')' (temp-policy, line 2)
            return [1)                        | closing parenthesis ')' does not match opening parenthesis '[' (temp-policy, line 2)
            return (1,\\n2]                   | closing parenthesis ']' does not match opening parenthesis '(' on line 2 (temp-policy, line 3)
            return 'abc                       | unterminated string literal (detected at line 2) (temp-policy, line 2)
            return "abc\\nreturn 1            | unterminated string literal (detected at line 2) (temp-policy, line 2)
            return r'\\'                      | unterminated string literal (detected at line 2) (temp-policy, line 2)
            return '\\\\\\nabc                | unterminated string literal (detected at line 3) (temp-policy, line 2)
            return 'abc\\\\                   | unterminated string literal (detected at line 3) (temp-policy, line 2)
            return '''abc\\nx                 | unterminated triple-quoted string literal (detected at line 4) (temp-policy, line 2)
            return rb'''x                     | unterminated triple-quoted string literal (detected at line 3) (temp-policy, line 2)
            return 1 \\\\ 2                   | unexpected character after line continuation character (temp-policy, line 2)
            # only a comment                  | expected an indented block after function definition on line 1 (temp-policy, line 3)
            # a\\n# b                         | expected an indented block after function definition on line 1 (temp-policy, line 4)
            """)
    void refusesWhatCannotCompile(String expression, String message) {
        assertEquals(Optional.of("Expression Syntax Error: " + message), ExpressionSyntax.error(unescape(expression), "temp-policy"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "return True",
        "return ak_is_group_member(request.user, name='grafana-viewers')",
        "return ']'",
        "return \"'\"",
        "return 'it''s'",
        "return r'\\''",
        "return '''a'''' + '",
        "x = {\\n    'a': [1, (2, 3)],\\n    \"b\": '''multi\\nline''',\\n}\\nreturn x",
        "return 1 \\\\\\n+ 2",
        "\\\\",
        "return f'{x[\"a\"]}'",
        "return f'{'",
        "return 1 1 1",
        "if x:\\nreturn 1",
    })
    void acceptsWhatMayCompile(String expression) {
        // The last three do not compile either: the approximation refuses only what certainly fails.
        assertEquals(Optional.empty(), ExpressionSyntax.error(unescape(expression), "temp-policy"));
    }

    /** \n is a line break and \\ a backslash, so that a table row holds a multi-line expression. */
    private static String unescape(String s) {
        return s.replace("\\\\", "\u0000").replace("\\n", "\n").replace("\u0000", "\\");
    }
}
