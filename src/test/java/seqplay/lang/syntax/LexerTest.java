package seqplay.lang.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {
    private static List<String> tokens(String code) {
        Lexer.Result r = Lexer.tokenize(new Source("t.py", code));
        assertNull(r.error());
        List<String> out = new ArrayList<>();
        for (Token t : r.tokens()) {
            out.add(t.kind() + " " + t.text().replace("\n", "\\n") + " " + t.line() + ":" + t.column() + "-"
                    + t.endLine() + ":" + t.endColumn());
        }
        return out;
    }

    @Test
    void indentationBracketsAndContinuationsFollowPythonsRules() {
        assertEquals(List.of(
                "NAME for 1:1-1:4", "NAME i 1:5-1:6", "NAME in 1:7-1:9", "NAME range 1:10-1:15", "OP ( 1:15-1:16",
                "NUMBER 3 1:16-1:17", "OP ) 1:17-1:18", "OP : 1:18-1:19", "NEWLINE \\n 1:19-1:20",
                "INDENT      2:1-2:5", "NAME x 2:5-2:6", "OP = 2:7-2:8", "OP [ 2:9-2:10", "NUMBER 1 2:10-2:11",
                "OP , 2:11-2:12", "NUMBER 2 3:6-3:7", "OP ] 3:7-3:8", "OP + 3:9-3:10", "NUMBER 1 4:6-4:7",
                "NEWLINE \\n 4:18-4:19", "DEDENT  6:1-6:1", "NAME y 6:1-6:2", "NEWLINE  6:2-6:2", "ENDMARKER  7:1-7:1"),
                tokens("for i in range(3):\n    x = [1,\n     2] + \\\n     1  # comment\n\ny"));
    }

    @Test
    void literalsAreDecoded() {
        Lexer.Result r = Lexer.tokenize(new Source("t.py", "1_000 0x1F 1e-3 .5 'a\\tb' r'a\\tb' \"\"\"x\ny\"\"\"\n"));
        List<Object> values = new ArrayList<>();
        for (Token t : r.tokens()) {
            if (t.value() != null && t.kind() != Token.Kind.INDENT) {
                values.add(t.value());
            }
        }
        assertEquals(List.of(1000L, 31L, 0.001, 0.5, "a\tb", "a\\tb", "x\ny"), values);
    }

    @Test
    void fStringFieldsAreLocatedForTheirParser() {
        Lexer.Result r = Lexer.tokenize(new Source("t.py", "s = f\"{x:.4f} and {d['k']!r} {{lit}}\"\n"));
        FString f = (FString) r.tokens().get(2).value();
        assertEquals(4, f.parts().size());
        FString.Field first = (FString.Field) f.parts().get(0);
        assertEquals(1, first.line());
        assertEquals(8, first.column());
        assertEquals(new Span(1, 7, 1, 14), first.braces());
        assertEquals(" and ", f.parts().get(1));
        FString.Field second = (FString.Field) f.parts().get(2);
        assertEquals('r', second.conversion());
        assertEquals(" {lit}", f.parts().get(3));
    }

    @Test
    void aTokenizerErrorKeepsTheTokensBeforeIt() {
        Lexer.Result r = Lexer.tokenize(new Source("t.py", "x = 1\ny = “2”\n"));
        assertEquals("invalid character '“' (U+201C)", r.error().getMessage());
        assertEquals(2, r.error().line());
        assertEquals(5, r.error().offset());
        assertEquals(6, r.tokens().size());
    }
}
