package seqplay.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Valid Python outside the playground's subset is a located NotImplementedError, never a crash. */
class UnsupportedTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "x = 1\\ndef f(a):\\n    return a\\n|2:1|'def' (defining functions) is not supported in the playground",
        "class Net:\\n    pass\\n|1:1|'class' (defining classes) is not supported in the playground",
        "i = 0\\nwhile i < 3:\\n    i += 1\\nelse:\\n    pass\\n|2:1|'while' loops are not supported in the playground",
        "try:\\n    x = 1\\nexcept ValueError as e:\\n    pass\\nfinally:\\n    pass\\n|1:1|'try' statements are not supported in the playground",
        "with open('f') as f:\\n    pass\\n|1:1|'with' statements are not supported in the playground",
        "f = lambda x: x * 2\\n|1:5|'lambda' is not supported in the playground",
        "@decorator\\ndef f():\\n    pass\\n|1:1|decorators are not supported in the playground",
        "global x\\n|1:1|'global' is not supported in the playground",
        "if (n := 10) > 5:\\n    pass\\n|1:5|the walrus operator ':=' is not supported in the playground",
        "raise ValueError('x')\\n|1:1|'raise' is not supported in the playground",
        "match x:\\n    case 1:\\n        pass\\n|1:1|'match' statements are not supported in the playground",
        "z = 3 + 4j\\n|1:9|complex numbers are not supported in the playground",
        "async def f():\\n    pass\\n|1:1|'async' is not supported in the playground",
        "from . import x\\n|1:1|relative imports are not supported in the playground",
        "b = b'bytes'\\n|1:5|bytes literals are not supported in the playground",
        "x = 1\\nprint('\\N{BULLET} a')\\n|2:7|\\N{...} escapes (characters by name) are not supported in the playground",
        "print(f'{1}\\N{DEGREE SIGN}')\\n|1:7|\\N{...} escapes (characters by name) are not supported in the playground",
    })
    void isReportedAtItsKeyword(String code, String position, String message) {
        Run r = Run.of(code.replace("\\n", "\n"));
        assertEquals("NotImplementedError", r.error.type());
        assertEquals(message, r.error.message());
        assertEquals(position, r.error.position());
        assertEquals("", r.out.toString(), "nothing runs");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // A real syntax error anywhere wins, as Python reports it before running anything.
        "def f():\\n    return 1\\nx = (1 2\\n|SyntaxError|3",
        "while True:\\n    pass\\nprint 'x'\\n|SyntaxError|3",
        "def f():\\nreturn 1\\n|IndentationError|2",
        "print('\\N{BULLET}')\\nx = (1 2\\n|SyntaxError|2",
    })
    void aRealSyntaxErrorIsReportedFirst(String code, String type, int line) {
        Run r = Run.of(code.replace("\\n", "\n"));
        assertEquals(type, r.error.type());
        assertEquals(line, r.error.line());
    }

    @org.junit.jupiter.api.Test
    void theReportReadsLikePythonsWithATeachingHint() {
        Run r = Run.of("def square(x):\n    return x * x\n");
        assertEquals("  File \"lesson.py\", line 1\n    def square(x):\n    ^^^\n"
                + "NotImplementedError: 'def' (defining functions) is not supported in the playground\n", r.all());
        assertEquals("실제 파이썬에서는 되는 코드지만 이 플레이그라운드는 지원하지 않습니다. 함수 대신 코드를 순서대로 적어 보세요.",
                r.error.hint("ko"));
    }
}
