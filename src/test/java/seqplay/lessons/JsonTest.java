package seqplay.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonTest {
    private static String error(String text) {
        return assertThrows(LessonError.class, () -> Json.parse(text, "x.json")).getMessage();
    }

    @Test
    void readsEveryKindOfValueWithTheLineAndColumnWhereItStarts() {
        String text = "{\n  \"id\": \"iris\",\n  \"seed\": 42,\n  \"hide\": [\"mode\", \"lang\"],\n"
                + "  \"dataset\": null,\n  \"ok\": true,\n  \"rate\": -1.5e-3\n}";
        Json.Obj o = assertInstanceOf(Json.Obj.class, Json.parse(text, "x.json"));
        assertEquals(List.of("id", "seed", "hide", "dataset", "ok", "rate"), List.copyOf(o.members().keySet()));
        Json.Str id = assertInstanceOf(Json.Str.class, o.get("id"));
        assertEquals("iris", id.value());
        assertEquals(2, id.line());
        assertEquals(9, id.column());
        Json.Num seed = assertInstanceOf(Json.Num.class, o.get("seed"));
        assertEquals(42.0, seed.value());
        assertTrue(seed.isIntegerLiteral());
        Json.Arr hide = assertInstanceOf(Json.Arr.class, o.get("hide"));
        assertEquals(2, hide.items().size());
        assertEquals(4, hide.items().get(1).line());
        assertEquals(20, hide.items().get(1).column());
        assertInstanceOf(Json.Null.class, o.get("dataset"));
        assertTrue(assertInstanceOf(Json.Bool.class, o.get("ok")).value());
        Json.Num rate = assertInstanceOf(Json.Num.class, o.get("rate"));
        assertEquals(-0.0015, rate.value());
        assertFalse(rate.isIntegerLiteral());
        assertEquals(3, o.keyPositions().get("seed")[0]);
        assertEquals(3, o.keyPositions().get("seed")[1]);
    }

    @Test
    void decodesEscapesAndSurrogatePairs() {
        Json.Str s = assertInstanceOf(Json.Str.class,
                Json.parse("\"a\\\"b\\\\c\\/d\\n\\t\\u00e9\\ud83d\\ude00\\uAC00\"", "x.json"));
        assertEquals("a\"b\\c/d\n\té\uD83D\uDE00가", s.value());
    }

    @Test
    void acceptsAByteOrderMarkAndSurroundingWhitespace() {
        assertEquals(1.0, assertInstanceOf(Json.Num.class, Json.parse("\uFEFF \n 1 \n", "x.json")).value());
    }

    @Test
    void numbersAreCorrectlyRounded() {
        assertEquals(0.1, assertInstanceOf(Json.Num.class, Json.parse("0.1", "x.json")).value());
        assertEquals(2.2250738585072014E-308,
                assertInstanceOf(Json.Num.class, Json.parse("2.2250738585072014e-308", "x.json")).value());
    }

    static Stream<Arguments> lenientInputs() {
        return Stream.of(
            Arguments.of("{\"a\": 1,}", "x.json:1:9: trailing comma before '}' is not allowed"),
            Arguments.of("[1, 2,]", "x.json:1:7: trailing comma before ']' is not allowed"),
            Arguments.of("{\"a\": 1, \"a\": 2}", "x.json:1:10: duplicate key \"a\""),
            Arguments.of("{'a': 1}", "x.json:1:2: expected a string key after '{' but found '''"),
            Arguments.of("['a']", "x.json:1:2: strings must use double quotes (\"), not single quotes"),
            Arguments.of("{\"a\": 1 // note\n}", "x.json:1:9: comments are not allowed in JSON"),
            Arguments.of("[01]", "x.json:1:2: numbers cannot have leading zeros"),
            Arguments.of("[+1]", "x.json:1:2: expected a JSON value but found '+'"),
            Arguments.of("[1.]", "x.json:1:4: expected a digit after the decimal point"),
            Arguments.of("[.5]", "x.json:1:2: expected a JSON value but found '.'"),
            Arguments.of("[1e]", "x.json:1:4: expected a digit in the exponent"),
            Arguments.of("[-]", "x.json:1:3: expected a digit after '-'"),
            Arguments.of("[NaN]", "x.json:1:2: expected a JSON value but found 'N'"),
            Arguments.of("[tru]", "x.json:1:2: unknown word 'tru' (JSON knows true, false and null)"),
            Arguments.of("[True]", "x.json:1:2: expected a JSON value but found 'T'"),
            Arguments.of("{\"a\" 1}", "x.json:1:6: expected ':' after the key \"a\" but found '1'"),
            Arguments.of("{\"a\": 1 \"b\": 2}", "x.json:1:9: expected ',' or '}' after an object member but found '\"'"),
            Arguments.of("[1 2]", "x.json:1:4: expected ',' or ']' after an array item but found '2'"),
            Arguments.of("{\"a\": 1} x", "x.json:1:10: unexpected 'x' after the end of the JSON value"),
            Arguments.of("\"abc", "x.json:1:1: unterminated string"),
            Arguments.of("\"\\x\"", "x.json:1:2: invalid escape '\\x' (JSON allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"),
            Arguments.of("\"\\u12\"", "x.json:1:2: \\u must be followed by four hexadecimal digits"),
            Arguments.of("\"\\ud83d\"", "x.json:1:2: lone surrogate \\uD83D (a high surrogate must be followed by a low one)"),
            Arguments.of("\"\\ude00\"", "x.json:1:2: lone surrogate \\uDE00"),
            Arguments.of("[\n  1,\n  2\n", "x.json:4:1: expected ',' or ']' after an array item but found end of file"),
            Arguments.of("   ", "x.json:1:4: expected a JSON value but the file is empty"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("lenientInputs")
    void rejectsEverythingLenientWithTheLineAndColumnOfTheMistake(String text, String message) {
        assertEquals(message, error(text));
    }

    @Test
    void rejectsRawControlCharactersAndNewlinesInsideStrings() {
        assertEquals("x.json:1:4: control character U+0009 inside a string must be escaped", error("\"ab\tc\""));
        assertEquals("x.json:1:4: unterminated string (a string cannot span lines; write \\n)", error("\"ab\nc\""));
    }

    @Test
    void rejectsNestingBeyondSixtyFourLevels() {
        String deep = "[".repeat(70) + "]".repeat(70);
        assertEquals("x.json:1:66: nesting deeper than 64 levels", error(deep));
    }

    @Test
    void quoteWritesPureAsciiThatCannotCloseAScript() {
        assertEquals("\"\\u003c/script\\u003e \\u0026amp; \\\"q\\\" \\\\ \\n \\u2028 \\uac00\"",
                Json.quote("</script> &amp; \"q\" \\ \n \u2028 가"));
        Json.Str back = assertInstanceOf(Json.Str.class, Json.parse(Json.quote("</script>\u2028가\u0001"), "x.json"));
        assertEquals("</script>\u2028가\u0001", back.value());
    }
}
