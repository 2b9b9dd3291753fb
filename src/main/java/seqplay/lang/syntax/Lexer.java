package seqplay.lang.syntax;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import seqplay.format.PyFloat;
import seqplay.lang.syntax.Token.Kind;

/**
 * Python's tokenizer: INDENT/DEDENT from an indentation stack (tabs count to the next multiple of 8, and a second
 * count with tabs as one column catches inconsistent mixes as CPython does), implicit line joining inside
 * brackets, backslash continuation, comments, numbers, strings with every prefix and escape, and f-strings whose
 * replacement fields are located precisely for later parsing.
 *
 * <p>Errors use CPython 3.12's messages and positions ({@code unterminated string literal (detected at line 3)},
 * {@code invalid character '“' (U+201C)}, {@code unindent does not match any outer indentation level}). The
 * lexer tokenizes the whole file first; {@link Result#error()} holds the first error and {@link Result#tokens()}
 * the tokens before it, because CPython reports a tokenizer error anywhere in the file in preference to most
 * parser errors.
 */
public final class Lexer {
    /** A bracket still open, for {@code '(' was never closed}. */
    public record Bracket(char kind, int line, int column) {
    }

    /** The outcome of tokenizing a whole file. */
    public record Result(List<Token> tokens, SyntaxFailure error, List<Bracket> unclosed,
            List<CompileWarning> warnings, SyntaxFailure unsupported) {
    }

    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...", "->", ":=", "==", "!=", "<=", ">=", "**", "//", "<<", ">>", "+=", "-=",
        "*=", "/=", "%=", "&=", "|=", "^=", "@=", "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "+", "-", "*",
        "/", "%", "&", "|", "^", "~", "<", ">", "=", "@", "!", "$", "?", "`",
    };
    private static final int TAB_SIZE = 8;
    private static final int MAX_INDENT = 100;
    private static final int MAX_PAREN = 200;

    private final Source source;
    private final String s;
    private final int end;
    private final boolean nested;
    private int pos;
    private int line;
    private int lineStart;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Integer> indents = new ArrayList<>();
    private final List<Integer> altIndents = new ArrayList<>();
    private final Deque<Bracket> brackets = new ArrayDeque<>();
    private final List<CompileWarning> warnings = new ArrayList<>();
    /** The first valid construct the playground does not run (a {@code \N{...}} escape), reported after parsing. */
    private SyntaxFailure unsupported;

    private Lexer(Source source, int start, int end, int line, int lineStart, boolean nested) {
        this.source = source;
        this.s = source.text();
        this.pos = start;
        this.end = end;
        this.line = line;
        this.lineStart = lineStart;
        this.nested = nested;
        indents.add(0);
        altIndents.add(0);
    }

    /** Whether {@code s} is one or more '0's ({@code matches("0+")} without java.util.regex in the browser build). */
    private static boolean allZeros(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /** Tokenizes a whole file. */
    public static Result tokenize(Source source) {
        Lexer lx = new Lexer(source, 0, source.text().length(), 1, 0, false);
        SyntaxFailure error = null;
        try {
            lx.run();
        } catch (SyntaxFailure e) {
            error = e;
        }
        return new Result(lx.tokens, error, new ArrayList<>(lx.brackets), lx.warnings, lx.unsupported);
    }

    /**
     * Tokenizes the expression of an f-string field ({@code source.text()[start, end)}) as if inside brackets:
     * line breaks are ignored and the tokens end with ENDMARKER.
     */
    static List<Token> tokenizeField(Source source, int start, int end, int line, int column) {
        int ls = start - (column - 1);
        Lexer lx = new Lexer(source, start, end, line, ls, true);
        lx.brackets.push(new Bracket('{', line, column));
        lx.run();
        return lx.tokens;
    }

    private int col() {
        return pos - lineStart + 1;
    }

    private char peek(int ahead) {
        int p = pos + ahead;
        return p < end ? s.charAt(p) : '\0';
    }

    private boolean atEnd() {
        return pos >= end;
    }

    private SyntaxFailure error(String message, int errLine, int offset, int endOffset, String hint) {
        return new SyntaxFailure("SyntaxError", message, errLine, offset, errLine, endOffset, hint);
    }

    private void add(Kind kind, int startPos, int startLine, int startCol, Object value) {
        tokens.add(new Token(kind, s.substring(startPos, pos), startLine, startCol, line, col(), value));
    }

    private void newline(int startLine, int startCol, String text) {
        tokens.add(new Token(Kind.NEWLINE, text, startLine, startCol, startLine, startCol + text.length(), null));
    }

    private boolean lastIsLineEnd() {
        if (tokens.isEmpty()) {
            return true;
        }
        Kind k = tokens.get(tokens.size() - 1).kind();
        return k == Kind.NEWLINE || k == Kind.INDENT || k == Kind.DEDENT;
    }

    private void run() {
        boolean lineStartPending = !nested;
        while (true) {
            if (lineStartPending && brackets.isEmpty()) {
                lineStartPending = false;
                if (indentation()) {
                    // A blank or comment-only line: indentation is measured on the next line.
                    lineStartPending = true;
                    continue;
                }
            }
            while (!atEnd() && (peek(0) == ' ' || peek(0) == '\t' || peek(0) == '\f')) {
                pos++;
            }
            if (atEnd()) {
                finish();
                return;
            }
            char c = peek(0);
            if (c == '#') {
                while (!atEnd() && peek(0) != '\n') {
                    pos++;
                }
                continue;
            }
            if (c == '\n') {
                if (brackets.isEmpty() && !nested) {
                    newline(line, col(), "\n");
                    lineStartPending = true;
                }
                pos++;
                line++;
                lineStart = pos;
                continue;
            }
            if (c == '\\') {
                int bcol = col();
                pos++;
                if (atEnd()) {
                    throw error("unexpected EOF while parsing", line, bcol + 1, -1, "lang.syntax.continuation");
                }
                if (peek(0) != '\n') {
                    throw error("unexpected character after line continuation character", line, col(), 0,
                            "lang.syntax.continuation");
                }
                pos++;
                line++;
                lineStart = pos;
                if (atEnd() && !nested) {
                    throw error("unexpected EOF while parsing", line - 1, bcol + 1, -1, "lang.syntax.continuation");
                }
                continue;
            }
            if (c >= '0' && c <= '9' || (c == '.' && peek(1) >= '0' && peek(1) <= '9')) {
                number();
                continue;
            }
            if (c == '\'' || c == '"') {
                string(pos, "");
                continue;
            }
            if (isIdentifierStart(c)) {
                identifier();
                continue;
            }
            operator();
        }
    }

    /** Handles the indentation of a new logical line; returns true when the line is blank (consumed). */
    private boolean indentation() {
        int column = 0;
        int alt = 0;
        int p = pos;
        while (p < end) {
            char c = s.charAt(p);
            if (c == ' ') {
                column++;
                alt++;
            } else if (c == '\t') {
                column = (column / TAB_SIZE + 1) * TAB_SIZE;
                alt++;
            } else if (c == '\f') {
                column = 0;
                alt = 0;
            } else {
                break;
            }
            p++;
        }
        char next = p < end ? s.charAt(p) : '\0';
        if (next == '#' || next == '\n' || p >= end) {
            // Blank and comment-only lines do not affect indentation.
            pos = p;
            if (next == '#') {
                while (pos < end && s.charAt(pos) != '\n') {
                    pos++;
                }
            }
            if (pos < end) {
                pos++;
                line++;
                lineStart = pos;
                return true;
            }
            return false;
        }
        int indentWidth = p - pos;
        pos = p;
        int top = indents.get(indents.size() - 1);
        int altTop = altIndents.get(altIndents.size() - 1);
        if (column == top) {
            if (alt != altTop) {
                throw tabError();
            }
        } else if (column > top) {
            if (indents.size() >= MAX_INDENT) {
                throw new SyntaxFailure("IndentationError", "too many levels of indentation", line, col(), line, -1,
                        "lang.syntax.unindent");
            }
            if (alt <= altTop) {
                throw tabError();
            }
            indents.add(column);
            altIndents.add(alt);
            tokens.add(new Token(Kind.INDENT, s.substring(lineStart, pos), line, 1, line, col(), indentWidth));
        } else {
            while (indents.size() > 1 && column < indents.get(indents.size() - 1)) {
                indents.remove(indents.size() - 1);
                altIndents.remove(altIndents.size() - 1);
                tokens.add(new Token(Kind.DEDENT, "", line, col(), line, col(), null));
            }
            if (column != indents.get(indents.size() - 1)) {
                int lineEnd = s.indexOf('\n', pos);
                int len = (lineEnd < 0 ? end : lineEnd) - lineStart;
                throw new SyntaxFailure("IndentationError", "unindent does not match any outer indentation level",
                        line, len + 1, line, -1, "lang.syntax.unindent");
            }
            if (alt != altIndents.get(altIndents.size() - 1)) {
                throw tabError();
            }
        }
        return false;
    }

    private SyntaxFailure tabError() {
        return new SyntaxFailure("TabError", "inconsistent use of tabs and spaces in indentation", line, 1, line, 0,
                "lang.syntax.tab");
    }

    private void finish() {
        if (nested) {
            tokens.add(new Token(Kind.ENDMARKER, "", line, col(), line, col(), null));
            return;
        }
        if (!lastIsLineEnd()) {
            newline(line, col(), "");
        }
        int endLine = line;
        int endCol = col();
        if (pos > lineStart) {
            // The file does not end with a line break: DEDENT and ENDMARKER belong to the next line, as in CPython.
            endLine = line + 1;
            endCol = 1;
        }
        while (indents.size() > 1) {
            indents.remove(indents.size() - 1);
            tokens.add(new Token(Kind.DEDENT, "", endLine, endCol, endLine, endCol, null));
        }
        tokens.add(new Token(Kind.ENDMARKER, "", endLine, endCol, endLine, endCol, null));
    }

    private static boolean isIdentifierStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 128;
    }

    private static boolean isIdentifierChar(char c) {
        return isIdentifierStart(c) || (c >= '0' && c <= '9');
    }

    private void identifier() {
        int start = pos;
        int startCol = col();
        while (!atEnd() && isIdentifierChar(peek(0))) {
            pos++;
        }
        String word = s.substring(start, pos);
        if (!atEnd() && (peek(0) == '\'' || peek(0) == '"') && isStringPrefix(word)) {
            pos = start;
            string(start, word.toLowerCase(java.util.Locale.ROOT));
            return;
        }
        // Python accepts Unicode letters in names (모델 = 1) but not punctuation such as “ or （.
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            boolean ok = i == 0 ? (cp == '_' || Character.isLetter(cp))
                    : (cp == '_' || Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK
                    || Character.getType(cp) == Character.CONNECTOR_PUNCTUATION);
            if (!ok) {
                int errCol = startCol + i;
                throw invalidCharacter(cp, errCol);
            }
            i += Character.charCount(cp);
        }
        add(Kind.NAME, start, line, startCol, null);
    }

    private SyntaxFailure invalidCharacter(int cp, int column) {
        String hex = Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT);
        while (hex.length() < 4) {
            hex = "0" + hex;
        }
        int t = Character.getType(cp);
        boolean printable = !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
                || t == Character.PRIVATE_USE || t == Character.UNASSIGNED || t == Character.LINE_SEPARATOR
                || t == Character.PARAGRAPH_SEPARATOR || t == Character.SPACE_SEPARATOR);
        if (!printable) {
            return new SyntaxFailure("SyntaxError", "invalid non-printable character U+" + hex, line, column, line,
                    column, "lang.syntax.invisible_character", "U+" + hex);
        }
        String ch = new String(Character.toChars(cp));
        return new SyntaxFailure("SyntaxError", "invalid character '" + ch + "' (U+" + hex + ")", line, column, line,
                column, "lang.syntax.invalid_character", ch);
    }

    private static boolean isStringPrefix(String w) {
        switch (w.toLowerCase(java.util.Locale.ROOT)) {
            case "r":
            case "u":
            case "f":
            case "b":
            case "br":
            case "rb":
            case "fr":
            case "rf":
                return true;
            default:
                return false;
        }
    }

    private void operator() {
        int start = pos;
        int startCol = col();
        for (String op : OPERATORS) {
            if (s.startsWith(op, pos) && pos + op.length() <= end) {
                pos += op.length();
                char c = op.charAt(0);
                if (op.length() == 1 && "([{".indexOf(c) >= 0) {
                    if (brackets.size() >= MAX_PAREN) {
                        throw error("too many nested parentheses", line, startCol, startCol, "lang.syntax.generic");
                    }
                    brackets.push(new Bracket(c, line, startCol));
                } else if (op.length() == 1 && ")]}".indexOf(c) >= 0) {
                    closing(c, startCol);
                }
                add(Kind.OP, start, line, startCol, null);
                return;
            }
        }
        int cp = s.codePointAt(pos);
        pos += Character.charCount(cp);
        throw invalidCharacter(cp, startCol);
    }

    private void closing(char c, int startCol) {
        if (brackets.isEmpty() || (nested && brackets.size() == 1)) {
            throw error("unmatched '" + c + "'", line, startCol, startCol, "lang.syntax.unmatched");
        }
        Bracket open = brackets.peek();
        char expected = open.kind() == '(' ? ')' : open.kind() == '[' ? ']' : '}';
        if (c != expected) {
            String msg = "closing parenthesis '" + c + "' does not match opening parenthesis '" + open.kind() + "'";
            if (open.line() != line) {
                msg += " on line " + open.line();
            }
            throw error(msg, line, startCol, startCol, "lang.syntax.mismatch");
        }
        brackets.pop();
    }

    // ---- numbers ------------------------------------------------------------------------------------------

    private boolean isDigit(char c, int radix) {
        return Character.digit(c, radix) >= 0 && c < 128;
    }

    /** Reads digits with single underscores between them; returns false at an invalid underscore. */
    private void digits(int radix, String kind) {
        while (true) {
            while (!atEnd() && isDigit(peek(0), radix)) {
                pos++;
            }
            if (peek(0) != '_') {
                return;
            }
            pos++;
            if (!isDigit(peek(0), radix)) {
                throw error("invalid " + kind + " literal", line, col() - 1, col() - 1, "lang.syntax.number");
            }
        }
    }

    private void number() {
        int start = pos;
        int startCol = col();
        char c = peek(0);
        if (c == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'o' || peek(1) == 'O' || peek(1) == 'b'
                || peek(1) == 'B')) {
            char k = Character.toLowerCase(peek(1));
            int radix = k == 'x' ? 16 : k == 'o' ? 8 : 2;
            String kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
            pos += 2;
            if (peek(0) == '_') {
                pos++;
            }
            if (!isDigit(peek(0), radix)) {
                if (radix != 16 && isDigit(peek(0), 10)) {
                    pos++;
                    throw error("invalid digit '" + peek(-1) + "' in " + kind + " literal", line, col() - 1,
                            col() - 1, "lang.syntax.number");
                }
                throw error("invalid " + kind + " literal", line, col() - 1, col() - 1, "lang.syntax.number");
            }
            digits(radix, kind);
            if (radix != 16 && isDigit(peek(0), 10)) {
                pos++;
                throw error("invalid digit '" + peek(-1) + "' in " + kind + " literal", line, col() - 1, col() - 1,
                        "lang.syntax.number");
            }
            verifyEnd(kind);
            String digitsText = s.substring(start + 2, pos).replace("_", "");
            add(Kind.NUMBER, start, line, startCol, Ints(new BigInteger(digitsText, radix)));
            return;
        }
        boolean isFloat = false;
        if (c != '.') {
            digits(10, "decimal");
        }
        int intEnd = pos;
        if (peek(0) == '.') {
            isFloat = true;
            pos++;
            if (isDigit(peek(0), 10)) {
                digits(10, "decimal");
            }
        }
        if (peek(0) == 'e' || peek(0) == 'E') {
            int ePos = pos;
            pos++;
            if (peek(0) == '+' || peek(0) == '-') {
                pos++;
                if (!isDigit(peek(0), 10)) {
                    throw error("invalid decimal literal", line, col() - 1, col() - 1, "lang.syntax.number");
                }
            }
            if (isDigit(peek(0), 10)) {
                isFloat = true;
                digits(10, "decimal");
            } else {
                pos = ePos;
                verifyEnd("decimal");
            }
        }
        if (peek(0) == 'j' || peek(0) == 'J') {
            pos++;
            verifyEnd("imaginary");
            add(Kind.NUMBER, start, line, startCol, new Imaginary(s.substring(start, pos)));
            return;
        }
        verifyEnd("decimal");
        String text = s.substring(start, pos).replace("_", "");
        if (!isFloat) {
            String intText = s.substring(start, intEnd).replace("_", "");
            if (intText.length() > 1 && intText.charAt(0) == '0' && !allZeros(intText)) {
                int zerosEnd = start;
                while (zerosEnd < intEnd && (s.charAt(zerosEnd) == '0' || s.charAt(zerosEnd) == '_')) {
                    zerosEnd++;
                }
                throw error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
                        + "integers", line, startCol, startCol + (zerosEnd - start), "lang.syntax.number");
            }
            add(Kind.NUMBER, start, line, startCol, Ints(new BigInteger(text)));
            return;
        }
        add(Kind.NUMBER, start, line, startCol, PyFloat.parse(text));
    }

    /** A literal {@code 5j}: valid Python, reported by the parser as unsupported. */
    public record Imaginary(String text) {
    }

    private static Object Ints(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    private void verifyEnd(String kind) {
        char c = peek(0);
        if (c < 128 && isIdentifierChar(c)) {
            // "1if x else y" is valid (deprecated) Python; "1a" is not.
            String rest = s.substring(pos, Math.min(end, pos + 4));
            if (rest.startsWith("and") || rest.startsWith("else") || rest.startsWith("for") || rest.startsWith("if")
                    || rest.startsWith("in") || rest.startsWith("is") || rest.startsWith("or")
                    || rest.startsWith("not")) {
                warnings.add(new CompileWarning(line, "invalid " + kind + " literal"));
                return;
            }
            throw error("invalid " + kind + " literal", line, col() - 1, col() - 1, "lang.syntax.number");
        }
    }

    // ---- strings ------------------------------------------------------------------------------------------

    private void string(int start, String prefix) {
        int startLine = line;
        int startCol = col();
        pos += prefix.length();
        char q = peek(0);
        boolean triple = peek(1) == q && peek(2) == q;
        int quoteLen = triple ? 3 : 1;
        pos += quoteLen;
        int bodyStart = pos;
        boolean raw = prefix.indexOf('r') >= 0;
        boolean fstring = prefix.indexOf('f') >= 0;
        int bodyEnd;
        if (fstring) {
            FString parts = fstringBody(q, triple, raw, startLine, startCol);
            add(Kind.FSTRING, start, startLine, startCol, parts);
            return;
        }
        while (true) {
            if (atEnd() || (!triple && peek(0) == '\n')) {
                throw unterminated(triple, startLine, startCol);
            }
            char c = peek(0);
            if (c == '\\') {
                pos++;
                if (atEnd()) {
                    throw unterminated(triple, startLine, startCol);
                }
                if (peek(0) == '\n') {
                    line++;
                    lineStart = pos + 1;
                }
                pos++;
                continue;
            }
            if (c == q && (!triple || (peek(1) == q && peek(2) == q))) {
                bodyEnd = pos;
                pos += quoteLen;
                break;
            }
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            }
            pos++;
        }
        String body = s.substring(bodyStart, bodyEnd);
        Object value;
        if (prefix.indexOf('b') >= 0) {
            value = new Token.Bytes(body);
        } else {
            try {
                value = raw ? body : unescape(body, startLine, startCol);
            } catch (SyntaxFailure f) {
                // CPython decodes escapes in its parser, whose offsets count bytes.
                throw new SyntaxFailure(f.type(), f.getMessage(), startLine, startCol, line, col(), f.hintId())
                        .inBytes();
            }
        }
        add(Kind.STRING, start, startLine, startCol, value);
    }

    private SyntaxFailure unterminated(boolean triple, int startLine, int startCol) {
        int detected = line;
        if (triple) {
            return error("unterminated triple-quoted string literal (detected at line " + detected + ")", startLine,
                    startCol, startCol, "lang.syntax.string");
        }
        return error("unterminated string literal (detected at line " + detected + ")", startLine, startCol,
                startCol, "lang.syntax.string");
    }

    private String unescape(String body, int startLine, int startCol) {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder sb = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                sb.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case '\n': break;
                case '\\': sb.append('\\'); break;
                case '\'': sb.append('\''); break;
                case '"': sb.append('"'); break;
                case 'a': sb.append('\u0007'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 't': sb.append('\t'); break;
                case 'v': sb.append('\u000b'); break;
                case 'x':
                case 'u':
                case 'U': {
                    int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int j = i + 1;
                    while (j < body.length() && j < i + 1 + n && Character.digit(body.charAt(j), 16) >= 0) {
                        j++;
                    }
                    if (j - (i + 1) != n) {
                        String what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                                : "truncated \\UXXXXXXXX escape";
                        throw error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + (sb.length())
                                + "-" + (sb.length() + j - i) + ": " + what, startLine, startCol, startCol,
                                "lang.syntax.string");
                    }
                    int cp = Integer.parseInt(body.substring(i + 1, j), 16);
                    if (cp > 0x10ffff) {
                        throw error("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + sb.length() + "-" + (sb.length() + n + 1) + ": illegal Unicode character", startLine,
                                startCol, startCol, "lang.syntax.string");
                    }
                    sb.appendCodePoint(cp);
                    i = j - 1;
                    break;
                }
                case 'N':
                    if (i + 1 < body.length() && body.charAt(i + 1) == '{' && body.indexOf('}', i) > 0) {
                        // Valid Python (a character by its Unicode name), but the name table is not in the engine.
                        if (unsupported == null) {
                            unsupported = new SyntaxFailure("NotImplementedError",
                                    "\\N{...} escapes (characters by name) are not supported in the playground",
                                    startLine, startCol, startLine, startCol + 1, "lang.unsupported.named_escape");
                        }
                        int close = body.indexOf('}', i);
                        sb.append(body, i - 1, close + 1);
                        i = close;
                        break;
                    }
                    warnings.add(new CompileWarning(startLine, "invalid escape sequence '\\" + e + "'"));
                    sb.append('\\').append(e);
                    break;
                default:
                    if (e >= '0' && e <= '7') {
                        int j = i;
                        int v = 0;
                        while (j < body.length() && j < i + 3 && body.charAt(j) >= '0' && body.charAt(j) <= '7') {
                            v = v * 8 + (body.charAt(j) - '0');
                            j++;
                        }
                        sb.append((char) v);
                        i = j - 1;
                    } else {
                        // Python keeps unknown escapes as written (and warns).
                        warnings.add(new CompileWarning(startLine, "invalid escape sequence '\\" + e + "'"));
                        sb.append('\\').append(e);
                    }
                    break;
            }
        }
        return sb.toString();
    }

    // ---- f-strings ----------------------------------------------------------------------------------------

    /** Scans an f-string body up to its closing quote, splitting literal text and replacement fields. */
    private FString fstringBody(char q, boolean triple, boolean raw, int startLine, int startCol) {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        while (true) {
            if (atEnd() || (!triple && peek(0) == '\n')) {
                throw unterminated(triple, startLine, startCol);
            }
            char c = peek(0);
            if (c == q && (!triple || (peek(1) == q && peek(2) == q))) {
                pos += triple ? 3 : 1;
                break;
            }
            if (c == '{') {
                if (peek(1) == '{') {
                    literal.append('{');
                    pos += 2;
                    continue;
                }
                if (literal.length() > 0) {
                    parts.add(raw ? literal.toString() : unescape(literal.toString(), startLine, startCol));
                    literal.setLength(0);
                }
                parts.add(field(q, triple, 0));
                continue;
            }
            if (c == '}') {
                if (peek(1) == '}') {
                    literal.append('}');
                    pos += 2;
                    continue;
                }
                throw error("f-string: single '}' is not allowed", line, col(), col(), "lang.syntax.fstring");
            }
            if (c == '\\' && !raw && peek(1) == 'N' && peek(2) == '{') {
                // f"\N{DEGREE SIGN}": a named escape, not a replacement field.
                int close = s.indexOf('}', pos);
                int stop = close < 0 || close >= end ? end : close + 1;
                literal.append(s, pos, stop);
                pos = stop;
                continue;
            }
            if (c == '\\' && !raw && pos + 1 < end) {
                literal.append(c).append(peek(1));
                if (peek(1) == '\n') {
                    line++;
                    lineStart = pos + 2;
                }
                pos += 2;
                continue;
            }
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            }
            literal.append(c);
            pos++;
        }
        if (literal.length() > 0) {
            parts.add(raw ? literal.toString() : unescape(literal.toString(), startLine, startCol));
        }
        return new FString(parts);
    }

    /** Reads one {@code {...}} replacement field starting at its '{'. */
    private FString.Field field(char q, boolean triple, int depth) {
        if (depth >= 2) {
            throw error("f-string: expressions nested too deeply", line, col(), col(), "lang.syntax.fstring");
        }
        int braceLine = line;
        int braceCol = col();
        pos++;
        int exprStart = pos;
        int exprLine = line;
        int exprCol = col();
        int level = 0;
        int exprEnd = -1;
        String debug = null;
        while (true) {
            if (atEnd() || (!triple && peek(0) == '\n' && level == 0)) {
                throw unclosedField(q, triple);
            }
            char c = peek(0);
            if (c == '\'' || c == '"') {
                // Python 3.12: a quote inside a replacement field starts a nested string, even the same quote.
                skipNestedString(q, triple);
                continue;
            }
            if (c == '#') {
                throw error("f-string expression part cannot include '#'", line, col(), col(), "lang.syntax.fstring");
            }
            if (c == '(' || c == '[' || c == '{') {
                level++;
            } else if ((c == ')' || c == ']' || c == '}') && level > 0) {
                level--;
            } else if (level == 0 && (c == '}' || c == ':' || (c == '!' && peek(1) != '='))) {
                exprEnd = pos;
                break;
            } else if (level == 0 && c == '=' && peek(1) != '=' && pos > exprStart && "=!<>".indexOf(peek(-1)) < 0) {
                exprEnd = pos;
                pos++;
                while (peek(0) == ' ' || peek(0) == '\t') {
                    pos++; // f"{x = }": the spaces after '=' belong to the echoed text
                }
                debug = s.substring(exprStart, pos);
                break;
            } else if (c == '\n') {
                line++;
                lineStart = pos + 1;
            }
            pos++;
        }
        if (s.substring(exprStart, exprEnd).isBlank()) {
            char at = peek(0);
            throw error("f-string: valid expression required before '" + at + "'", line, col(), col() + 1,
                    "lang.syntax.fstring");
        }
        char conversion = 0;
        if (peek(0) == '!') {
            pos++;
            char conv = peek(0);
            if (conv == '}' || conv == ':' || atEnd()) {
                throw error("f-string: missing conversion character", line, col(), col() + 1, "lang.syntax.fstring");
            }
            if (conv != 's' && conv != 'r' && conv != 'a') {
                throw error("f-string: invalid conversion character '" + conv + "': expected 's', 'r', or 'a'", line,
                        col(), col() + 1, "lang.syntax.fstring");
            }
            conversion = conv;
            pos++;
        }
        FString spec = null;
        if (peek(0) == ':') {
            pos++;
            List<Object> specParts = new ArrayList<>();
            StringBuilder lit = new StringBuilder();
            while (true) {
                if (atEnd() || isClosingQuote(q, triple) || (!triple && peek(0) == '\n')) {
                    throw unclosedField(q, triple);
                }
                char c = peek(0);
                if (c == '}') {
                    break;
                }
                if (c == '{') {
                    if (lit.length() > 0) {
                        specParts.add(lit.toString());
                        lit.setLength(0);
                    }
                    specParts.add(field(q, triple, depth + 1));
                    continue;
                }
                lit.append(c);
                pos++;
            }
            if (lit.length() > 0) {
                specParts.add(lit.toString());
            }
            spec = new FString(specParts);
        }
        if (peek(0) != '}') {
            throw error("f-string: expecting '}'", line, col(), col(), "lang.syntax.fstring");
        }
        pos++;
        if (debug != null && conversion == 0 && spec == null) {
            conversion = 'r';
        }
        return new FString.Field(exprStart, exprEnd, exprLine, exprCol, conversion, spec, debug,
                new Span(braceLine, braceCol, line, col()));
    }

    /**
     * A replacement field left open by the string's closing quote. CPython 3.12 reports {@code f-string: expecting
     * '}'} unless the rest of the file, tokenized with that '{' still open, hits a tokenizer error first (such as
     * the ')' of {@code print(f"{x:.2f")} not matching the '{').
     */
    private SyntaxFailure unclosedField(char q, boolean triple) {
        SyntaxFailure expecting = error("f-string: expecting '}'", line, col(), col(), "lang.syntax.fstring");
        if (nested || atEnd() || !isClosingQuote(q, triple)) {
            return expecting;
        }
        pos += triple ? 3 : 1;
        brackets.push(new Bracket('{', line, col()));
        try {
            run();
        } catch (SyntaxFailure later) {
            return later;
        }
        return expecting;
    }

    private boolean isClosingQuote(char q, boolean triple) {
        return peek(0) == q && (!triple || (peek(1) == q && peek(2) == q));
    }

    /** Skips a string literal inside a replacement field; {@code outerQuote} is the f-string's own quote. */
    private void skipNestedString(char outerQuote, boolean outerTriple) {
        char q = peek(0);
        boolean triple = peek(1) == q && peek(2) == q;
        int quoteLen = triple ? 3 : 1;
        int startLine = line;
        int startCol = col();
        pos += quoteLen;
        while (true) {
            if (atEnd() || (!triple && peek(0) == '\n')) {
                if (q == outerQuote && triple == outerTriple) {
                    throw error("f-string: expecting '}'", startLine, startCol, startCol, "lang.syntax.fstring");
                }
                throw unterminated(triple, startLine, startCol);
            }
            char c = peek(0);
            if (c == '\\') {
                pos += 2;
                continue;
            }
            if (c == q && (!triple || (peek(1) == q && peek(2) == q))) {
                pos += quoteLen;
                return;
            }
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            }
            pos++;
        }
    }
}
