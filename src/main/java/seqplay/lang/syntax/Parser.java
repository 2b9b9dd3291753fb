package seqplay.lang.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import seqplay.lang.runtime.Op;
import seqplay.lang.runtime.Py;
import seqplay.lang.syntax.Expr.Attribute;
import seqplay.lang.syntax.Expr.BinOp;
import seqplay.lang.syntax.Expr.BoolOp;
import seqplay.lang.syntax.Expr.Call;
import seqplay.lang.syntax.Expr.Compare;
import seqplay.lang.syntax.Expr.Comprehension;
import seqplay.lang.syntax.Expr.ComprehensionKind;
import seqplay.lang.syntax.Expr.Constant;
import seqplay.lang.syntax.Expr.DictExpr;
import seqplay.lang.syntax.Expr.ForClause;
import seqplay.lang.syntax.Expr.FormattedString;
import seqplay.lang.syntax.Expr.IfExp;
import seqplay.lang.syntax.Expr.Keyword;
import seqplay.lang.syntax.Expr.ListExpr;
import seqplay.lang.syntax.Expr.Name;
import seqplay.lang.syntax.Expr.SetExpr;
import seqplay.lang.syntax.Expr.Slice;
import seqplay.lang.syntax.Expr.Starred;
import seqplay.lang.syntax.Expr.Subscript;
import seqplay.lang.syntax.Expr.TupleExpr;
import seqplay.lang.syntax.Expr.UnaryOp;
import seqplay.lang.syntax.Token.Kind;

/**
 * A recursive-descent parser for the playground's Python subset, producing {@link Stmt} records.
 *
 * <p>Syntax errors carry CPython 3.12's messages and locations: {@code expected ':'},
 * {@code invalid syntax. Perhaps you forgot a comma?}, {@code cannot assign to function call here. Maybe you
 * meant '==' instead of '='?}, {@code expected an indented block after 'for' statement on line 3}, and a plain
 * {@code invalid syntax} at the furthest token examined, as CPython's PEG parser reports it. Valid Python outside
 * the subset ({@code def}, {@code class}, {@code while}, {@code lambda}, {@code try}, {@code with}, decorators,
 * {@code global}, {@code :=}...) is skipped and reported as {@code NotImplementedError} at its keyword, after the
 * whole file has been checked for real syntax errors (Python reports those first).
 */
public final class Parser {
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield");
    /** Nesting beyond this is refused (CPython's own limit for parentheses is 200). */
    private static final int MAX_DEPTH = 200;

    private final Source source;
    private final List<Token> tokens;
    private final int[] levels;
    private int pos;
    private int furthest;
    private int depth;
    private int loopDepth;
    private SyntaxFailure deferred;
    /** The extent of parenthesized expressions, parentheses included (the node's own span excludes them). */
    private final java.util.IdentityHashMap<Expr, Span> parenExtent = new java.util.IdentityHashMap<>();
    private final List<CompileWarning> warnings = new ArrayList<>();

    private Parser(Source source, List<Token> tokens, int baseLevel) {
        this.source = source;
        this.tokens = tokens;
        this.levels = new int[tokens.size()];
        int level = baseLevel;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.OP && (t.text().equals("(") || t.text().equals("[") || t.text().equals("{"))) {
                level++;
            }
            levels[i] = level;
            if (t.kind() == Kind.OP && (t.text().equals(")") || t.text().equals("]") || t.text().equals("}"))) {
                level--;
            }
        }
    }

    /** A parsed file and the SyntaxWarnings CPython would print while compiling it. */
    public record Module(List<Stmt> body, List<CompileWarning> warnings) {
    }

    /** Parses a whole file; throws the first syntax error as CPython would report it. */
    public static List<Stmt> parse(Source source) {
        return parseModule(source).body();
    }

    /** Parses a whole file with its compile-time warnings; throws the first syntax error. */
    public static Module parseModule(Source source) {
        Lexer.Result lexed = Lexer.tokenize(source);
        List<Token> tokens = new ArrayList<>(lexed.tokens());
        if (lexed.error() != null) {
            // The parser runs up to the tokenizer error; an ERRORTOKEN stands for it.
            Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
            int l = lexed.error().line();
            tokens.add(new Token(Kind.ENDMARKER, "<error>", l, 1, l, 1, "error"));
            if (last == null) {
                throw lexed.error();
            }
        }
        Parser p = new Parser(source, tokens, 0);
        List<Stmt> body;
        try {
            body = p.file();
        } catch (SyntaxFailure f) {
            if (lexed.error() != null) {
                boolean indentFirst = f.type().equals("IndentationError")
                        && (f.getMessage().equals("unexpected indent") || f.getMessage().equals("unexpected unindent"));
                throw indentFirst ? f : lexed.error();
            }
            if (!lexed.unclosed().isEmpty()) {
                Lexer.Bracket b = lexed.unclosed().get(0);
                boolean atEnd = p.furthestToken().kind() == Kind.ENDMARKER || p.atEof(p.furthest);
                if (atEnd || p.furthestToken().line() > b.line()) {
                    throw new SyntaxFailure("SyntaxError", "'" + b.kind() + "' was never closed", b.line(),
                            b.column(), b.line(), 0, "lang.syntax.never_closed", String.valueOf(b.kind()));
                }
            }
            throw f;
        }
        if (lexed.error() != null) {
            throw lexed.error();
        }
        SyntaxFailure unsupported = lexed.unsupported();
        if (p.deferred != null && (unsupported == null || p.deferred.line() < unsupported.line()
                || p.deferred.line() == unsupported.line() && p.deferred.offset() <= unsupported.offset())) {
            unsupported = p.deferred;
        }
        if (unsupported != null) {
            throw unsupported;
        }
        List<CompileWarning> all = new ArrayList<>(lexed.warnings());
        all.addAll(p.warnings);
        return new Module(body, all);
    }

    /** Parses one f-string field expression found by the lexer. */
    private Expr parseFieldHere(FString.Field field) {
        List<Token> fieldTokens = Lexer.tokenizeField(source, field.start(), field.end(), field.line(),
                field.column());
        Parser p = new Parser(source, fieldTokens, 1);
        Expr e = p.starExpressions(true);
        if (p.peek().kind() != Kind.ENDMARKER) {
            throw p.invalidSyntax();
        }
        if (p.deferred != null && deferred == null) {
            deferred = p.deferred;
        }
        warnings.addAll(p.warnings);
        return e;
    }

    static Expr parseField(Source source, FString.Field field) {
        List<Token> tokens = Lexer.tokenizeField(source, field.start(), field.end(), field.line(), field.column());
        Parser p = new Parser(source, tokens, 1);
        Expr e = p.starExpressions(true);
        if (p.peek().kind() != Kind.ENDMARKER) {
            throw p.invalidSyntax();
        }
        if (p.deferred != null) {
            throw p.deferred;
        }
        return e;
    }

    // ---- token access -------------------------------------------------------------------------------------

    private Token peek() {
        return peekAt(pos);
    }

    private Token peekAt(int i) {
        int k = Math.min(i, tokens.size() - 1);
        if (k > furthest) {
            furthest = k;
        }
        return tokens.get(k);
    }

    private Token furthestToken() {
        return tokens.get(Math.min(furthest, tokens.size() - 1));
    }

    private boolean atEof(int i) {
        for (int k = i; k < tokens.size(); k++) {
            Kind kind = tokens.get(k).kind();
            if (kind != Kind.NEWLINE && kind != Kind.DEDENT && kind != Kind.ENDMARKER) {
                return false;
            }
        }
        return true;
    }

    private Token next() {
        Token t = peek();
        if (pos < tokens.size() - 1) {
            pos++;
        }
        return t;
    }

    private boolean isOp(String op) {
        return peek().isOp(op);
    }

    private boolean isKeyword(String kw) {
        Token t = peek();
        return t.kind() == Kind.NAME && t.text().equals(kw);
    }

    private boolean acceptOp(String op) {
        if (isOp(op)) {
            next();
            return true;
        }
        return false;
    }

    private boolean acceptKeyword(String kw) {
        if (isKeyword(kw)) {
            next();
            return true;
        }
        return false;
    }

    private Token expectOp(String op) {
        if (!isOp(op)) {
            throw invalidSyntax();
        }
        return next();
    }

    /** CPython's forced token: {@code expected ':'} at the current token. */
    private Token expectForced(String op) {
        if (!isOp(op)) {
            Token t = peek();
            throw error("expected '" + op + "'", Span.of(t), "lang.syntax.colon");
        }
        return next();
    }

    private static boolean isKeywordName(Token t) {
        return t.kind() == Kind.NAME && KEYWORDS.contains(t.text());
    }

    // ---- errors -------------------------------------------------------------------------------------------

    /** Where {@code e} starts and ends in the text, parentheses around it included. */
    private Span ext(Expr e) {
        Span s = parenExtent.get(e);
        return s == null ? e.span() : s;
    }

    private SyntaxFailure error(String message, Span span, String hint) {
        return new SyntaxFailure("SyntaxError", message, span.line(), span.column(), span.endLine(), span.endColumn(),
                hint).inBytes();
    }

    /** {@code invalid syntax} at the furthest token the parser examined. */
    private SyntaxFailure invalidSyntax() {
        Token t = furthestToken();
        if (t.kind() == Kind.ENDMARKER && "error".equals(t.value())) {
            return error("invalid syntax", Span.of(t), "lang.syntax.generic");
        }
        if (t.kind() == Kind.INDENT) {
            return new SyntaxFailure("IndentationError", "unexpected indent", t.line(), (Integer) t.value() + 0,
                    t.line(), -1, "lang.syntax.unexpected_indent");
        }
        if (t.kind() == Kind.DEDENT && furthest > 0 && tokens.get(furthest - 1).kind() != Kind.NEWLINE) {
            return new SyntaxFailure("IndentationError", "unexpected unindent", t.line(), t.column(), t.line(), -1,
                    "lang.syntax.unindent");
        }
        Span s = Span.of(t);
        if (t.kind() == Kind.NEWLINE || t.kind() == Kind.ENDMARKER || t.kind() == Kind.DEDENT) {
            s = new Span(t.line(), t.column(), t.line(), t.column() + 1);
        }
        return error("invalid syntax", s, "lang.syntax.generic");
    }

    /** Valid Python the playground does not run: reported after the file is known to be free of syntax errors. */
    private void unsupported(String what, Span span, String hint) {
        if (deferred == null) {
            deferred = new SyntaxFailure("NotImplementedError", what + " not supported in the playground",
                    span.line(), span.column(), span.endLine(), span.endColumn(), hint);
        }
    }

    /** An error CPython's compiler reports after parsing (e.g. {@code 'return' outside function}). */
    private void compileError(String message, Span span, String hint) {
        if (deferred == null) {
            deferred = error(message, span, hint);
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            Token t = peek();
            throw error("too many nested parentheses", Span.of(t), "lang.syntax.generic");
        }
    }

    private void leave() {
        depth--;
    }

    // ---- compile-time warnings (CPython's compile.c checks) --------------------------------------------------

    private void warn(int line, String message) {
        CompileWarning w = new CompileWarning(line, message);
        if (!warnings.contains(w)) {
            warnings.add(w);
        }
    }

    /** The type CPython infers for a literal expression, or null. */
    private static String literalType(Expr e) {
        if (e instanceof Constant) {
            Object v = ((Constant) e).value();
            if (v == Py.NONE) {
                return "NoneType";
            }
            if (v == Py.ELLIPSIS) {
                return "ellipsis";
            }
            return Py.typeName(v);
        }
        if (e instanceof TupleExpr) {
            return "tuple";
        }
        if (e instanceof ListExpr) {
            return "list";
        }
        if (e instanceof DictExpr) {
            return "dict";
        }
        if (e instanceof SetExpr) {
            return "set";
        }
        if (e instanceof FormattedString) {
            return "str";
        }
        if (e instanceof Comprehension) {
            switch (((Comprehension) e).kind()) {
                case LIST: return "list";
                case SET: return "set";
                case DICT: return "dict";
                default: return "generator";
            }
        }
        return null;
    }

    /** Whether constant folding turns {@code e} into a constant (a literal, or a tuple of them). */
    private static boolean isConstant(Expr e) {
        if (e instanceof Constant) {
            return true;
        }
        if (e instanceof TupleExpr) {
            for (Expr x : ((TupleExpr) e).elements()) {
                if (!isConstant(x)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isArgForIs(Expr e) {
        if (!isConstant(e)) {
            return true;
        }
        if (e instanceof Constant) {
            Object v = ((Constant) e).value();
            return v == Py.NONE || v instanceof Boolean || v == Py.ELLIPSIS;
        }
        return false;
    }

    private void checkIsLiteral(Compare c) {
        boolean left = isArgForIs(c.left());
        Expr leftExpr = c.left();
        for (int i = 0; i < c.ops().size(); i++) {
            String op = c.ops().get(i);
            Expr rightExpr = c.comparators().get(i);
            boolean right = isArgForIs(rightExpr);
            if ((op.equals("is") || op.equals("is not")) && (!left || !right)) {
                Expr literal = !left ? leftExpr : rightExpr;
                String msg = op.equals("is") ? "\"is\" with '" + literalType(literal) + "' literal. Did you mean \"==\"?"
                        : "\"is not\" with '" + literalType(literal) + "' literal. Did you mean \"!=\"?";
                warn(c.span().line(), msg);
                return;
            }
            left = right;
            leftExpr = rightExpr;
        }
    }

    private void checkSubscript(Expr value, Expr index) {
        boolean constantNumberLike = false;
        if (value instanceof Constant) {
            Object v = ((Constant) value).value();
            constantNumberLike = v == Py.NONE || v == Py.ELLIPSIS || v instanceof Long || v instanceof Double
                    || v instanceof java.math.BigInteger;
        }
        if (constantNumberLike || value instanceof SetExpr
                || (value instanceof Comprehension && (((Comprehension) value).kind() == ComprehensionKind.SET
                || ((Comprehension) value).kind() == ComprehensionKind.GENERATOR))) {
            warn(value.span().line(), "'" + literalType(value) + "' object is not subscriptable; perhaps you missed a comma?");
            return;
        }
        String indexType = literalType(index);
        if (index instanceof Slice || indexType == null || indexType.equals("int") || indexType.equals("bool")) {
            return;
        }
        boolean sequenceLiteral = value instanceof ListExpr
                || (value instanceof Comprehension && ((Comprehension) value).kind() == ComprehensionKind.LIST)
                || value instanceof FormattedString
                || (isConstant(value) && (value instanceof TupleExpr
                || value instanceof Constant && ((Constant) value).value() instanceof String));
        if (sequenceLiteral) {
            warn(value.span().line(), literalType(value) + " indices must be integers or slices, not " + indexType
                    + "; perhaps you missed a comma?");
        }
    }

    private void checkCaller(Expr f) {
        boolean literal = f instanceof Constant || f instanceof TupleExpr || f instanceof ListExpr
                || f instanceof DictExpr || f instanceof SetExpr || f instanceof FormattedString
                || f instanceof Comprehension;
        if (literal) {
            warn(f.span().line(), "'" + literalType(f) + "' object is not callable; perhaps you missed a comma?");
        }
    }

    // ---- statements ---------------------------------------------------------------------------------------

    private List<Stmt> file() {
        List<Stmt> body = new ArrayList<>();
        while (true) {
            Token t = peek();
            if (t.kind() == Kind.ENDMARKER) {
                if ("error".equals(t.value())) {
                    throw invalidSyntax();
                }
                return body;
            }
            if (t.kind() == Kind.NEWLINE) {
                next();
                continue;
            }
            statement(body);
        }
    }

    private void statement(List<Stmt> out) {
        Token t = peek();
        if (t.kind() == Kind.INDENT) {
            throw new SyntaxFailure("IndentationError", "unexpected indent", t.line(), (Integer) t.value(), t.line(),
                    -1, "lang.syntax.unexpected_indent");
        }
        if (t.kind() == Kind.NAME) {
            switch (t.text()) {
                case "if":
                    out.add(ifStatement());
                    return;
                case "for":
                    out.add(forStatement());
                    return;
                case "def":
                case "class":
                case "while":
                case "with":
                case "try":
                case "async":
                    skipCompound(t);
                    return;
                default:
                    break;
            }
            if (t.text().equals("match") && looksLikeMatch()) {
                skipCompound(t);
                return;
            }
        }
        if (t.isOp("@")) {
            unsupported("decorators are", Span.of(t), "lang.unsupported.decorator");
            next();
            namedExpression();
            if (peek().kind() != Kind.NEWLINE) {
                throw invalidSyntax();
            }
            next();
            Token d = peek();
            if (!(d.is("def") || d.is("class") || d.is("async") || d.isOp("@"))) {
                throw invalidSyntax();
            }
            return;
        }
        simpleStatements(out);
    }

    private boolean looksLikeMatch() {
        // "match" is a soft keyword: a statement only when the line ends with ':' and a block follows.
        int i = pos + 1;
        Token t = tokens.get(Math.min(i, tokens.size() - 1));
        if (t.kind() == Kind.NEWLINE || t.isOp("=") || t.isOp(".")) {
            return false;
        }
        int level = 0;
        for (; i < tokens.size(); i++) {
            Token k = tokens.get(i);
            if (k.kind() == Kind.NEWLINE) {
                Token prev = tokens.get(i - 1);
                Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : k;
                return prev.isOp(":") && after.kind() == Kind.INDENT;
            }
            if (k.isOp("=") && level == 0) {
                return false;
            }
        }
        return false;
    }

    private static String unsupportedWhat(String keyword) {
        switch (keyword) {
            case "def": return "'def' (defining functions) is";
            case "class": return "'class' (defining classes) is";
            case "while": return "'while' loops are";
            case "with": return "'with' statements are";
            case "try": return "'try' statements are";
            case "async": return "'async' is";
            case "match": return "'match' statements are";
            default: return "'" + keyword + "' is";
        }
    }

    /** Skips a compound statement the playground does not run, checking its block structure like CPython. */
    private void skipCompound(Token keyword) {
        unsupported(unsupportedWhat(keyword.text()), Span.of(keyword), "lang.unsupported." + keyword.text());
        String[] continuations;
        switch (keyword.text()) {
            case "try":
                continuations = new String[] {"except", "else", "finally"};
                break;
            case "while":
                continuations = new String[] {"else"};
                break;
            default:
                continuations = new String[0];
                break;
        }
        skipClause(keyword);
        while (true) {
            Token t = peek();
            boolean more = false;
            for (String c : continuations) {
                if (t.is(c)) {
                    more = true;
                }
            }
            if (!more) {
                return;
            }
            skipClause(t);
        }
    }

    private void skipClause(Token keyword) {
        int headerLine = keyword.line();
        next();
        int level = 0;
        Token colon = null;
        while (true) {
            Token t = peek();
            if (t.kind() == Kind.ENDMARKER) {
                throw invalidSyntax();
            }
            if (t.kind() == Kind.NEWLINE) {
                break;
            }
            if (t.isOp(":")) {
                colon = t;
            }
            next();
        }
        if (colon == null) {
            throw error("expected ':'", Span.of(peek()), "lang.syntax.colon");
        }
        boolean bodyOnSameLine = tokens.get(pos - 1) != colon;
        next();
        if (bodyOnSameLine) {
            return;
        }
        if (peek().kind() != Kind.INDENT) {
            throw expectedBlock(blockDescription(keyword.text()), headerLine);
        }
        next();
        int indents = 1;
        while (indents > 0) {
            Token t = next();
            if (t.kind() == Kind.INDENT) {
                indents++;
            } else if (t.kind() == Kind.DEDENT) {
                indents--;
            } else if (t.kind() == Kind.ENDMARKER) {
                if ("error".equals(t.value())) {
                    throw invalidSyntax();
                }
                return;
            }
        }
    }

    private static String blockDescription(String keyword) {
        switch (keyword) {
            case "def": return "function definition";
            case "class": return "class definition";
            case "except": return "'except' statement";
            case "finally": return "'finally' statement";
            case "match": return "'match' statement";
            default: return "'" + keyword + "' statement";
        }
    }

    private SyntaxFailure expectedBlock(String what, int headerLine) {
        Token t = peek();
        int col = t.column();
        if (t.kind() == Kind.ENDMARKER || t.kind() == Kind.DEDENT && atEof(pos)) {
            // At the end of the file CPython points at the header line without a caret.
            return new SyntaxFailure("IndentationError", "expected an indented block after " + what + " on line "
                    + headerLine, headerLine, source.line(headerLine).length() + 2, headerLine, -1,
                    "lang.syntax.indent_expected");
        }
        return new SyntaxFailure("IndentationError", "expected an indented block after " + what + " on line "
                + headerLine, t.line(), col, t.line(), -1, "lang.syntax.indent_expected");
    }

    /** A block after ':' — either statements on the same line or an indented suite. */
    private List<Stmt> block(String what, int headerLine) {
        List<Stmt> body = new ArrayList<>();
        if (peek().kind() != Kind.NEWLINE) {
            simpleStatements(body);
            return body;
        }
        next();
        if (peek().kind() != Kind.INDENT) {
            throw expectedBlock(what, headerLine);
        }
        next();
        while (true) {
            Token t = peek();
            if (t.kind() == Kind.DEDENT) {
                next();
                return body;
            }
            if (t.kind() == Kind.ENDMARKER) {
                if ("error".equals(t.value())) {
                    throw invalidSyntax();
                }
                return body;
            }
            statement(body);
        }
    }

    private Stmt ifStatement() {
        Token kw = next();
        Expr test = namedExpression();
        expectForced(":");
        List<Stmt> body = block("'" + kw.text() + "' statement", kw.line());
        List<Stmt> orelse = new ArrayList<>();
        Token t = peek();
        if (t.is("elif")) {
            orelse.add(ifStatement());
        } else if (t.is("else")) {
            Token e = next();
            expectForced(":");
            orelse = block("'else' statement", e.line());
        }
        Span span = new Span(kw.line(), kw.column(), kw.line(), kw.endColumn());
        return new Stmt.If(test, body, orelse, span);
    }

    private Stmt forStatement() {
        Token kw = next();
        Expr target = targetList();
        if (!acceptKeyword("in")) {
            checkTarget(target, "assign to");
            throw invalidSyntax();
        }
        checkTarget(target, "assign to");
        Expr iter = starExpressions(false);
        expectForced(":");
        loopDepth++;
        List<Stmt> body;
        try {
            body = block("'for' statement", kw.line());
        } finally {
            loopDepth--;
        }
        List<Stmt> orelse = new ArrayList<>();
        if (isKeyword("else")) {
            Token e = next();
            expectForced(":");
            orelse = block("'else' statement", e.line());
        }
        return new Stmt.For(target, iter, body, orelse, new Span(kw.line(), kw.column(), kw.line(), kw.endColumn()));
    }

    /** {@code for} targets: a comma list of star targets, parsed as expressions and validated. */
    private Expr targetList() {
        Token start = peek();
        List<Expr> items = new ArrayList<>();
        items.add(starTargetOrExpr());
        boolean comma = false;
        while (isOp(",")) {
            comma = true;
            next();
            if (isKeyword("in") || isOp("=")) {
                break;
            }
            items.add(starTargetOrExpr());
        }
        if (!comma) {
            return items.get(0);
        }
        return new TupleExpr(items, Span.cover(Span.of(start), ext(items.get(items.size() - 1))));
    }

    private Expr starTargetOrExpr() {
        if (isOp("*")) {
            Token star = next();
            Expr e = bitwiseOr();
            return new Starred(e, Span.cover(Span.of(star), e.span()));
        }
        return bitwiseOr();
    }

    private void simpleStatements(List<Stmt> out) {
        while (true) {
            out.add(simpleStatement());
            if (acceptOp(";")) {
                if (peek().kind() == Kind.NEWLINE) {
                    break;
                }
                continue;
            }
            break;
        }
        Token t = peek();
        if (t.kind() == Kind.NEWLINE) {
            next();
            return;
        }
        if (t.kind() == Kind.ENDMARKER && !"error".equals(t.value())) {
            return;
        }
        throw invalidSyntax();
    }

    private Stmt simpleStatement() {
        Token t = peek();
        if (t.kind() == Kind.NAME) {
            switch (t.text()) {
                case "pass":
                    next();
                    return new Stmt.Pass(Span.of(t));
                case "break":
                    next();
                    if (loopDepth == 0) {
                        compileError("'break' outside loop", Span.of(t), "lang.syntax.break");
                    }
                    return new Stmt.Break(Span.of(t));
                case "continue":
                    next();
                    if (loopDepth == 0) {
                        compileError("'continue' not properly in loop", Span.of(t), "lang.syntax.break");
                    }
                    return new Stmt.Continue(Span.of(t));
                case "import":
                    return importStatement();
                case "from":
                    return fromImport();
                case "del":
                    return delStatement();
                case "assert":
                    return assertStatement();
                case "return": {
                    next();
                    Span end = Span.of(t);
                    if (!atStatementEnd()) {
                        end = starExpressions(false).span();
                    }
                    compileError("'return' outside function", Span.cover(Span.of(t), end), "lang.syntax.return");
                    return new Stmt.Pass(Span.of(t));
                }
                case "raise": {
                    next();
                    Span end = Span.of(t);
                    if (!atStatementEnd()) {
                        end = expression().span();
                        if (acceptKeyword("from")) {
                            end = expression().span();
                        }
                    }
                    unsupported("'raise' is", Span.cover(Span.of(t), end), "lang.unsupported.raise");
                    return new Stmt.Pass(Span.of(t));
                }
                case "global":
                case "nonlocal": {
                    next();
                    Token last = expectName();
                    while (acceptOp(",")) {
                        last = expectName();
                    }
                    Span span = Span.cover(Span.of(t), Span.of(last));
                    if (t.text().equals("nonlocal")) {
                        compileError("nonlocal declaration not allowed at module level", span, "lang.unsupported.global");
                    } else {
                        unsupported("'global' is", span, "lang.unsupported.global");
                    }
                    return new Stmt.Pass(span);
                }
                case "print":
                    legacyPrint();
                    break;
                case "yield": {
                    Expr y = yieldExpression();
                    return new Stmt.ExprStmt(y, y.span());
                }
                default:
                    break;
            }
        }
        return expressionStatement();
    }

    private boolean atStatementEnd() {
        Token t = peek();
        return t.kind() == Kind.NEWLINE || t.kind() == Kind.ENDMARKER || t.isOp(";");
    }

    private Token expectName() {
        Token t = peek();
        if (t.kind() != Kind.NAME || isKeywordName(t)) {
            throw invalidSyntax();
        }
        return next();
    }

    /** {@code print "x"}: Python 2 habits get CPython's dedicated message. */
    private void legacyPrint() {
        Token t = peek();
        Token after = peekAt(pos + 1);
        boolean startsExpr = after.kind() == Kind.NAME && !isKeywordName(after) || after.kind() == Kind.NUMBER
                || after.kind() == Kind.STRING || after.kind() == Kind.FSTRING
                || after.is("True") || after.is("False") || after.is("None");
        if (!startsExpr) {
            return;
        }
        int save = pos;
        next();
        try {
            Expr e = starExpressions(false);
            throw error("Missing parentheses in call to 'print'. Did you mean print(...)?",
                    Span.cover(Span.of(t), e.span()), "lang.syntax.print");
        } catch (SyntaxFailure f) {
            if (f.getMessage().startsWith("Missing parentheses")) {
                throw f;
            }
            pos = save;
        }
    }

    private Stmt importStatement() {
        Token kw = next();
        List<Stmt.Alias> names = new ArrayList<>();
        do {
            Token first = peek();
            String name = dottedName();
            String as = null;
            Span end = Span.of(tokens.get(pos - 1));
            if (acceptKeyword("as")) {
                Token n = expectName();
                as = n.text();
                end = Span.of(n);
            }
            names.add(new Stmt.Alias(name, as, Span.cover(Span.of(first), end)));
        } while (acceptOp(","));
        Span span = Span.cover(Span.of(kw), names.get(names.size() - 1).span());
        return new Stmt.Import(names, span);
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(expectName().text());
        while (isOp(".")) {
            next();
            sb.append('.').append(expectName().text());
        }
        return sb.toString();
    }

    private Stmt fromImport() {
        Token kw = next();
        int dots = 0;
        while (isOp(".") || isOp("...")) {
            dots += next().text().length();
        }
        String module = "";
        if (dots == 0 || !isKeyword("import")) {
            module = dottedName();
        }
        if (!acceptKeyword("import")) {
            throw invalidSyntax();
        }
        List<Stmt.Alias> names = new ArrayList<>();
        Token last;
        if (isOp("*")) {
            last = next();
            names.add(new Stmt.Alias("*", null, Span.of(last)));
        } else {
            boolean paren = acceptOp("(");
            while (true) {
                Token n = expectName();
                String as = null;
                last = n;
                if (acceptKeyword("as")) {
                    last = expectName();
                    as = last.text();
                }
                names.add(new Stmt.Alias(n.text(), as, Span.cover(Span.of(n), Span.of(last))));
                if (!isOp(",")) {
                    break;
                }
                Token comma = next();
                if (paren && isOp(")")) {
                    break;
                }
                if (!paren && atStatementEnd()) {
                    throw error("trailing comma not allowed without surrounding parentheses",
                            new Span(comma.line(), comma.column() + 1, comma.line(), comma.column() + 2),
                            "lang.syntax.generic");
                }
            }
            if (paren) {
                last = expectOp(")");
            }
        }
        Span span = Span.cover(Span.of(kw), Span.of(last));
        if (dots > 0) {
            unsupported("relative imports are", span, "lang.unsupported.relative_import");
        }
        return new Stmt.ImportFrom(module, names, span);
    }

    private Stmt delStatement() {
        Token kw = next();
        List<Expr> targets = new ArrayList<>();
        do {
            if (atStatementEnd()) {
                break;
            }
            Expr e = bitwiseOr();
            checkTarget(e, "delete");
            targets.add(e);
        } while (acceptOp(","));
        if (targets.isEmpty()) {
            throw invalidSyntax();
        }
        return new Stmt.Delete(targets, Span.cover(Span.of(kw), ext(targets.get(targets.size() - 1))));
    }

    private Stmt assertStatement() {
        Token kw = next();
        Expr test = namedExpression();
        Expr message = null;
        if (acceptOp(",")) {
            message = expression();
        }
        Span end = message != null ? ext(message) : ext(test);
        return new Stmt.Assert(test, message, Span.cover(Span.of(kw), end));
    }

    private Stmt expressionStatement() {
        Token start = peek();
        Expr first = starExpressions(false);
        Token t = peek();
        if (t.isOp("=")) {
            List<Expr> targets = new ArrayList<>();
            Expr value = first;
            while (isOp("=")) {
                assignmentTarget(value, targets.isEmpty());
                targets.add(value);
                next();
                if (isKeyword("yield")) {
                    value = yieldExpression();
                } else {
                    value = starExpressions(false);
                }
            }
            checkNoStarredValue(value);
            return new Stmt.Assign(targets, value, Span.cover(ext(first), ext(value)));
        }
        if (t.isOp(":") && !(first instanceof TupleExpr)) {
            next();
            checkTarget(first, "assign to");
            Expr annotation = expression();
            Expr value = null;
            if (acceptOp("=")) {
                value = starExpressions(false);
            }
            Span end = value != null ? ext(value) : ext(annotation);
            return new Stmt.AnnAssign(first, annotation, value, Span.cover(ext(first), end));
        }
        if (t.kind() == Kind.OP && t.text().endsWith("=") && Op.fromAugmented(t.text()) != null) {
            Op op = Op.fromAugmented(t.text());
            if (!(first instanceof Name || first instanceof Attribute || first instanceof Subscript)) {
                throw error("'" + exprName(first) + "' is an illegal expression for augmented assignment",
                        first.span(), "lang.syntax.assign");
            }
            next();
            Expr value = isKeyword("yield") ? yieldExpression() : starExpressions(false);
            return new Stmt.AugAssign(first, op, value, Span.cover(ext(first), ext(value)), Span.of(t));
        }
        if (first instanceof Starred) {
            throw error("can't use starred expression here", first.span(), "lang.syntax.generic");
        }
        checkNoStarredValue(first);
        return new Stmt.ExprStmt(first, first.span());
    }

    private void checkNoStarredValue(Expr value) {
        if (value instanceof Starred) {
            throw error("can't use starred expression here", value.span(), "lang.syntax.generic");
        }
    }

    /**
     * Validates the left side of {@code =}: a lone invalid target gets CPython's "here. Maybe you meant '=='"
     * message, an invalid element inside a tuple the plain one.
     */
    private void assignmentTarget(Expr target, boolean first) {
        if (first && !(target instanceof TupleExpr) && !(target instanceof ListExpr) && !isValidTarget(target)
                && !(target instanceof Starred) && isBitwiseOrLevel(target)
                && !(target instanceof Constant && isSingleton(((Constant) target).value())) && followedByValue()) {
            throw error("cannot assign to " + exprName(target) + " here. Maybe you meant '==' instead of '='?",
                    target.span(), "lang.syntax.assign");
        }
        checkTarget(target, "assign to");
    }

    /** Whether CPython's bitwise_or rule produces {@code e} (comparisons, not, and/or, if-else do not). */
    private static boolean isBitwiseOrLevel(Expr e) {
        return !(e instanceof Compare) && !(e instanceof BoolOp) && !(e instanceof IfExp)
                && !(e instanceof UnaryOp && ((UnaryOp) e).op().equals("not"));
    }

    /** At '=': whether a bitwise_or follows, not itself followed by '=' or ':=' (CPython's condition). */
    private boolean followedByValue() {
        int save = pos;
        int saveFurthest = furthest;
        SyntaxFailure saveDeferred = deferred;
        try {
            next();
            bitwiseOr();
            return !isOp("=") && !isOp(":=");
        } catch (SyntaxFailure f) {
            return false;
        } finally {
            pos = save;
            furthest = saveFurthest;
            deferred = saveDeferred;
        }
    }

    private static boolean isSingleton(Object v) {
        return v instanceof Boolean || v == Py.NONE;
    }

    private static boolean isValidTarget(Expr e) {
        return e instanceof Name || e instanceof Attribute || e instanceof Subscript;
    }

    /** Raises {@code cannot assign to function call} (or {@code cannot delete ...}) at the first invalid part. */
    private void checkTarget(Expr e, String verb) {
        if (isValidTarget(e)) {
            return;
        }
        if (e instanceof TupleExpr || e instanceof ListExpr) {
            List<Expr> items = e instanceof TupleExpr ? ((TupleExpr) e).elements() : ((ListExpr) e).elements();
            for (Expr item : items) {
                checkTarget(item, verb);
            }
            return;
        }
        if (e instanceof Starred && !verb.equals("delete")) {
            checkTarget(((Starred) e).value(), verb);
            return;
        }
        throw error("cannot " + verb + " " + exprName(e), e.span(), "lang.syntax.assign");
    }

    /** CPython's {@code _PyPegen_get_expr_name}. */
    static String exprName(Expr e) {
        if (e instanceof Call) {
            return "function call";
        }
        if (e instanceof Constant) {
            Object v = ((Constant) e).value();
            if (v == Py.NONE) {
                return "None";
            }
            if (v instanceof Boolean) {
                return ((Boolean) v) ? "True" : "False";
            }
            if (v == Py.ELLIPSIS) {
                return "ellipsis";
            }
            return "literal";
        }
        if (e instanceof Compare) {
            return "comparison";
        }
        if (e instanceof IfExp) {
            return "conditional expression";
        }
        if (e instanceof DictExpr) {
            return "dict literal";
        }
        if (e instanceof SetExpr) {
            return "set display";
        }
        if (e instanceof FormattedString) {
            return "f-string expression";
        }
        if (e instanceof TupleExpr) {
            return "tuple";
        }
        if (e instanceof ListExpr) {
            return "list";
        }
        if (e instanceof Starred) {
            return "starred";
        }
        if (e instanceof Name) {
            return "name";
        }
        if (e instanceof Attribute) {
            return "attribute";
        }
        if (e instanceof Subscript) {
            return "subscript";
        }
        if (e instanceof Comprehension) {
            switch (((Comprehension) e).kind()) {
                case LIST: return "list comprehension";
                case SET: return "set comprehension";
                case DICT: return "dict comprehension";
                default: return "generator expression";
            }
        }
        return "expression";
    }

    private Expr yieldExpression() {
        Token kw = next();
        Span span = Span.of(kw);
        if (!atStatementEnd() && !isOp(")") && !isOp("=")) {
            span = Span.cover(span, starExpressions(false).span());
        }
        compileError("'yield' outside function", span, "lang.syntax.return");
        return new Constant(Py.NONE, span);
    }

    // ---- expressions --------------------------------------------------------------------------------------

    /**
     * A comma-separated list of (possibly starred) expressions: a tuple if there is a comma.
     *
     * @param inField whether this is an f-string field (a bare top-level tuple is allowed there too)
     */
    private Expr starExpressions(boolean inField) {
        Token start = peek();
        Expr first = starExpression();
        if (!isOp(",")) {
            return first;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        Span end = ext(first);
        while (isOp(",")) {
            Token comma = next();
            end = Span.of(comma);
            if (!startsExpression(peek())) {
                break;
            }
            Expr e = starExpression();
            items.add(e);
            end = ext(e);
        }
        return new TupleExpr(items, Span.cover(Span.of(start), end));
    }

    private Expr starExpression() {
        if (isOp("*")) {
            Token star = next();
            Expr e = bitwiseOr();
            return new Starred(e, Span.cover(Span.of(star), e.span()));
        }
        return expression();
    }

    private boolean startsExpression(Token t) {
        switch (t.kind()) {
            case NAME:
                return !isKeywordName(t) || t.text().equals("not") || t.text().equals("lambda")
                        || t.text().equals("None") || t.text().equals("True") || t.text().equals("False")
                        || t.text().equals("await") || t.text().equals("yield");
            case NUMBER:
            case STRING:
            case FSTRING:
                return true;
            case OP:
                switch (t.text()) {
                    case "(":
                    case "[":
                    case "{":
                    case "-":
                    case "+":
                    case "~":
                    case "*":
                    case "...":
                        return true;
                    default:
                        return false;
                }
            default:
                return false;
        }
    }

    /** Tokens that can start an expression but never continue one (for the missing-comma diagnosis). */
    private boolean startsNewExpression(Token t) {
        switch (t.kind()) {
            case NAME:
                return !isKeywordName(t) || t.text().equals("None") || t.text().equals("True")
                        || t.text().equals("False") || t.text().equals("lambda") || t.text().equals("not")
                        && !peekAt(pos + 1).is("in");
            case NUMBER:
            case STRING:
            case FSTRING:
                return true;
            case OP:
                return t.text().equals("{") || t.text().equals("...");
            default:
                return false;
        }
    }

    /** An expression as CPython's {@code expression} rule, with its second-pass diagnoses. */
    private Expr expression() {
        enter();
        try {
            Token start = peek();
            if (start.is("lambda")) {
                return lambda();
            }
            Expr e = disjunction();
            if (isKeyword("if")) {
                Token ifTok = next();
                Expr test = disjunction();
                if (!isKeyword("else")) {
                    if (!startsExpression(peek()) || atStatementEnd() || isOp(")") || isOp(",")) {
                        throw error("expected 'else' after 'if' expression", Span.cover(e.span(), test.span()),
                                "lang.syntax.generic");
                    }
                    throw invalidSyntax();
                }
                next();
                Expr orelse = expression();
                return new IfExp(test, e, orelse, Span.cover(ext(e), ext(orelse)));
            }
            forgotComma(e);
            return e;
        } finally {
            leave();
        }
    }

    /** {@code invalid syntax. Perhaps you forgot a comma?} between two expressions inside brackets. */
    private void forgotComma(Expr a) {
        Token t = peek();
        if (!startsNewExpression(t) || levels[Math.min(pos, levels.length - 1)] == 0) {
            return;
        }
        if (a instanceof Name && (((Name) a).id().equals("print") || ((Name) a).id().equals("exec"))) {
            return;
        }
        int save = pos;
        int saveFurthest = furthest;
        SyntaxFailure savedDeferred = deferred;
        Expr b;
        try {
            b = disjunction();
        } catch (SyntaxFailure f) {
            pos = save;
            furthest = saveFurthest;
            deferred = savedDeferred;
            return;
        }
        int lastLevel = levels[Math.max(0, Math.min(pos - 1, levels.length - 1))];
        if (lastLevel == 0) {
            pos = save;
            furthest = saveFurthest;
            deferred = savedDeferred;
            return;
        }
        throw error("invalid syntax. Perhaps you forgot a comma?", Span.cover(a.span(), b.span()),
                "lang.syntax.comma");
    }

    private Expr lambda() {
        Token kw = next();
        int level = 0;
        while (true) {
            Token t = peek();
            if (t.kind() == Kind.NEWLINE || t.kind() == Kind.ENDMARKER) {
                throw invalidSyntax();
            }
            if (t.isOp(":") && level == 0) {
                break;
            }
            if (t.isOp("(") || t.isOp("[") || t.isOp("{")) {
                level++;
            } else if (t.isOp(")") || t.isOp("]") || t.isOp("}")) {
                if (level == 0) {
                    throw invalidSyntax();
                }
                level--;
            }
            next();
        }
        next();
        Expr body = expression();
        Span span = Span.cover(Span.of(kw), body.span());
        unsupported("'lambda' is", span, "lang.unsupported.lambda");
        return new Constant(Py.NONE, span);
    }

    /** An expression that may be {@code name := value} (CPython's named_expression), as in {@code if} tests. */
    private Expr namedExpression() {
        Token start = peek();
        if (start.kind() == Kind.NAME && !isKeywordName(start) && peekAt(pos + 1).isOp(":=")) {
            next();
            Token walrus = next();
            Expr value = expression();
            unsupported("the walrus operator ':=' is", Span.cover(Span.of(start), value.span()),
                    "lang.unsupported.walrus");
            return value;
        }
        Expr e = expression();
        if (isOp("=") && !peekAt(pos + 1).isOp("=")) {
            // if x = 1:  →  CPython suggests '==' (or ':=' after a plain name).
            int save = pos;
            next();
            try {
                Expr rhs = bitwiseOr();
                if (!isOp("=") && !isOp(":=")) {
                    if (e instanceof Name) {
                        throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                                Span.cover(e.span(), rhs.span()), "lang.syntax.assign_eq");
                    }
                    if (!(e instanceof Constant && isSingleton(((Constant) e).value())) && !(e instanceof ListExpr)
                            && !(e instanceof TupleExpr) && !isValidTarget(e)) {
                        throw error("cannot assign to " + exprName(e) + " here. Maybe you meant '==' instead of '='?",
                                e.span(), "lang.syntax.assign_eq");
                    }
                    throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                            Span.cover(e.span(), rhs.span()), "lang.syntax.assign_eq");
                }
            } catch (SyntaxFailure f) {
                if (f.getMessage().contains("Maybe you meant")) {
                    throw f;
                }
            }
            pos = save;
        }
        return e;
    }

    private Expr disjunction() {
        Expr first = conjunction();
        if (!isKeyword("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptKeyword("or")) {
            values.add(conjunction());
        }
        return new BoolOp(false, values, Span.cover(ext(first), ext(values.get(values.size() - 1))));
    }

    private Expr conjunction() {
        Expr first = inversion();
        if (!isKeyword("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptKeyword("and")) {
            values.add(inversion());
        }
        return new BoolOp(true, values, Span.cover(ext(first), ext(values.get(values.size() - 1))));
    }

    private Expr inversion() {
        if (isKeyword("not")) {
            Token t = next();
            enter();
            try {
                Expr operand = inversion();
                return new UnaryOp("not", operand, Span.cover(Span.of(t), ext(operand)));
            } finally {
                leave();
            }
        }
        return comparison();
    }

    private String compareOp() {
        Token t = peek();
        if (t.kind() == Kind.OP) {
            switch (t.text()) {
                case "<":
                case ">":
                case "==":
                case ">=":
                case "<=":
                case "!=":
                    next();
                    return t.text();
                default:
                    return null;
            }
        }
        if (t.is("in")) {
            next();
            return "in";
        }
        if (t.is("not") && peekAt(pos + 1).is("in")) {
            next();
            next();
            return "not in";
        }
        if (t.is("is")) {
            next();
            if (acceptKeyword("not")) {
                return "is not";
            }
            return "is";
        }
        return null;
    }

    private Expr comparison() {
        Expr left = bitwiseOr();
        List<String> ops = new ArrayList<>();
        List<Expr> rest = new ArrayList<>();
        while (true) {
            String op = compareOp();
            if (op == null) {
                break;
            }
            ops.add(op);
            rest.add(bitwiseOr());
        }
        if (ops.isEmpty()) {
            return left;
        }
        Compare c = new Compare(left, ops, rest, Span.cover(ext(left), ext(rest.get(rest.size() - 1))));
        checkIsLiteral(c);
        return c;
    }

    private interface Level {
        Expr parse();
    }

    private Expr binaryLevel(Level operand, String... ops) {
        Expr left = operand.parse();
        while (true) {
            Token t = peek();
            String match = null;
            if (t.kind() == Kind.OP) {
                for (String op : ops) {
                    if (t.text().equals(op)) {
                        match = op;
                    }
                }
            }
            if (match == null) {
                return left;
            }
            next();
            Expr right = operand.parse();
            left = new BinOp(left, Op.fromSymbol(match), right, Span.cover(ext(left), ext(right)), Span.of(t));
        }
    }

    private Expr bitwiseOr() {
        return binaryLevel(this::bitwiseXor, "|");
    }

    private Expr bitwiseXor() {
        return binaryLevel(this::bitwiseAnd, "^");
    }

    private Expr bitwiseAnd() {
        return binaryLevel(this::shift, "&");
    }

    private Expr shift() {
        return binaryLevel(this::sum, "<<", ">>");
    }

    private Expr sum() {
        return binaryLevel(this::term, "+", "-");
    }

    private Expr term() {
        return binaryLevel(this::factor, "*", "/", "//", "%", "@");
    }

    private Expr factor() {
        Token t = peek();
        if (t.isOp("-") || t.isOp("+") || t.isOp("~")) {
            next();
            enter();
            try {
                Expr operand = factor();
                return new UnaryOp(t.text(), operand, Span.cover(Span.of(t), ext(operand)));
            } finally {
                leave();
            }
        }
        return power();
    }

    private Expr power() {
        Expr base = awaitPrimary();
        if (isOp("**")) {
            Token op = next();
            enter();
            try {
                Expr exp = factor();
                return new BinOp(base, Op.POW, exp, Span.cover(ext(base), ext(exp)), Span.of(op));
            } finally {
                leave();
            }
        }
        return base;
    }

    private Expr awaitPrimary() {
        if (isKeyword("await")) {
            Token kw = next();
            Expr e = primary();
            compileError("'await' outside function", Span.cover(Span.of(kw), e.span()), "lang.syntax.return");
            return e;
        }
        return primary();
    }

    private Expr primary() {
        Expr e = atom();
        while (true) {
            Token t = peek();
            if (t.isOp(".")) {
                next();
                Token name = peek();
                if (name.kind() != Kind.NAME || isKeywordName(name)) {
                    throw invalidSyntax();
                }
                next();
                e = new Attribute(e, name.text(), Span.cover(ext(e), Span.of(name)));
            } else if (t.isOp("(")) {
                checkCaller(e);
                e = call(e);
            } else if (t.isOp("[")) {
                next();
                enter();
                try {
                    Expr index = slices();
                    Token close = expectOp("]");
                    checkSubscript(e, index);
                    e = new Subscript(e, index, Span.cover(ext(e), Span.of(close)));
                } finally {
                    leave();
                }
            } else {
                return e;
            }
        }
    }

    private Expr slices() {
        Token start = peek();
        Expr first = sliceItem();
        if (!isOp(",")) {
            return first;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        Span end = ext(first);
        while (acceptOp(",")) {
            end = Span.of(tokens.get(pos - 1));
            if (isOp("]")) {
                break;
            }
            Expr e = sliceItem();
            items.add(e);
            end = ext(e);
        }
        return new TupleExpr(items, Span.cover(Span.of(start), end));
    }

    private Expr sliceItem() {
        Token start = peek();
        Expr lower = null;
        if (!isOp(":")) {
            if (isOp("*")) {
                return starExpression();
            }
            lower = namedExpression();
            if (!isOp(":")) {
                return lower;
            }
        }
        next();
        Expr upper = null;
        Expr step = null;
        Span end = Span.of(tokens.get(pos - 1));
        if (!isOp(":") && !isOp("]") && !isOp(",")) {
            upper = expression();
            end = upper.span();
        }
        if (acceptOp(":")) {
            end = Span.of(tokens.get(pos - 1));
            if (!isOp("]") && !isOp(",")) {
                step = expression();
                end = step.span();
            }
        }
        return new Slice(lower, upper, step, Span.cover(Span.of(start), end));
    }

    private Expr call(Expr func) {
        Token open = next();
        enter();
        try {
            List<Expr> args = new ArrayList<>();
            List<Keyword> keywords = new ArrayList<>();
            boolean sawKeyword = false;
            boolean sawDoubleStar = false;
            while (!isOp(")")) {
                Token t = peek();
                if (t.isOp("**")) {
                    next();
                    Expr v = expression();
                    keywords.add(new Keyword(null, v, Span.cover(Span.of(t), v.span())));
                    sawDoubleStar = true;
                } else if (t.isOp("*")) {
                    next();
                    Expr v = expression();
                    Starred s = new Starred(v, Span.cover(Span.of(t), v.span()));
                    if (sawDoubleStar) {
                        throw error("iterable argument unpacking follows keyword argument unpacking", Span.of(t),
                                "lang.syntax.keyword_arg");
                    }
                    args.add(s);
                } else if (t.kind() == Kind.NAME && peekAt(pos + 1).isOp("=") && !peekAt(pos + 2).isOp("=")) {
                    if (isKeywordName(t)) {
                        if (t.text().equals("True") || t.text().equals("False") || t.text().equals("None")) {
                            throw error("cannot assign to " + t.text(), Span.cover(Span.of(t), Span.of(peekAt(pos + 1))),
                                    "lang.syntax.assign");
                        }
                        throw invalidSyntax();
                    }
                    next();
                    next();
                    Expr v = expression();
                    for (Keyword k : keywords) {
                        if (t.text().equals(k.name())) {
                            compileError("keyword argument repeated: " + t.text(),
                                    Span.cover(Span.of(t), v.span()), "lang.syntax.keyword_arg");
                        }
                    }
                    keywords.add(new Keyword(t.text(), v, Span.cover(Span.of(t), v.span())));
                    sawKeyword = true;
                } else {
                    Expr v = namedArgument();
                    if (isKeyword("for") && args.isEmpty() && keywords.isEmpty()) {
                        Comprehension g = comprehensionTail(ComprehensionKind.GENERATOR, v, null, v.span());
                        if (isOp(",") && !peekAt(pos + 1).isOp(")")) {
                            throw error("Generator expression must be parenthesized", g.span(), "lang.syntax.generic");
                        }
                        v = g;
                    } else if (isKeyword("for")) {
                        Comprehension g = comprehensionTail(ComprehensionKind.GENERATOR, v, null, v.span());
                        throw error("Generator expression must be parenthesized", g.span(), "lang.syntax.generic");
                    }
                    if (isOp("=")) {
                        Token eq = peek();
                        if (v instanceof Constant && isSingleton(((Constant) v).value())) {
                            throw error("cannot assign to " + exprName(v), v.span(), "lang.syntax.assign");
                        }
                        throw error("expression cannot contain assignment, perhaps you meant \"==\"?",
                                Span.cover(v.span(), Span.of(eq)), "lang.syntax.keyword_arg");
                    }
                    if (sawKeyword || sawDoubleStar) {
                        // CPython reports this after reading the rest of the arguments, at the last token read.
                        String message = sawDoubleStar ? "positional argument follows keyword argument unpacking"
                                : "positional argument follows keyword argument";
                        while (acceptOp(",") && !isOp(")")) {
                            if (isOp("*") || isOp("**")) {
                                next();
                            } else if (peek().kind() == Kind.NAME && peekAt(pos + 1).isOp("=")) {
                                next();
                                next();
                            }
                            expression();
                        }
                        peek();
                        Token at = furthestToken();
                        throw error(message, Span.of(at), "lang.syntax.keyword_arg");
                    }
                    args.add(v);
                }
                if (!acceptOp(",")) {
                    break;
                }
            }
            Token close = peek();
            if (!close.isOp(")")) {
                throw invalidSyntax();
            }
            next();
            return new Call(func, args, keywords, Span.cover(ext(func), Span.of(close)));
        } finally {
            leave();
        }
    }

    private Expr namedArgument() {
        Token start = peek();
        if (start.kind() == Kind.NAME && !isKeywordName(start) && peekAt(pos + 1).isOp(":=")) {
            return namedExpression();
        }
        return expression();
    }

    // ---- atoms --------------------------------------------------------------------------------------------

    private Expr atom() {
        Token t = peek();
        switch (t.kind()) {
            case NAME:
                if (isKeywordName(t)) {
                    switch (t.text()) {
                        case "True":
                            next();
                            return new Constant(Boolean.TRUE, Span.of(t));
                        case "False":
                            next();
                            return new Constant(Boolean.FALSE, Span.of(t));
                        case "None":
                            next();
                            return new Constant(Py.NONE, Span.of(t));
                        default:
                            throw invalidSyntax();
                    }
                }
                next();
                return new Name(t.text(), Span.of(t));
            case NUMBER:
                next();
                if (t.value() instanceof Lexer.Imaginary) {
                    unsupported("complex numbers are", Span.of(t), "lang.complex");
                    return new Constant(0L, Span.of(t));
                }
                return new Constant(t.value(), Span.of(t));
            case STRING:
            case FSTRING:
                return strings();
            case OP:
                switch (t.text()) {
                    case "(":
                        return parenthesized();
                    case "[":
                        return listDisplay();
                    case "{":
                        return dictOrSet();
                    case "...":
                        next();
                        return new Constant(Py.ELLIPSIS, Span.of(t));
                    default:
                        throw invalidSyntax();
                }
            default:
                throw invalidSyntax();
        }
    }

    /** Adjacent string literals are one string; any f-string among them makes it an f-string. */
    private Expr strings() {
        Token first = peek();
        List<Object> parts = new ArrayList<>();
        boolean formatted = false;
        boolean bytes = false;
        boolean text = false;
        Token last = first;
        while (peek().kind() == Kind.STRING || peek().kind() == Kind.FSTRING) {
            Token t = next();
            last = t;
            if (t.kind() == Kind.FSTRING) {
                formatted = true;
                text = true;
                for (Object part : ((FString) t.value()).parts()) {
                    parts.add(part instanceof FString.Field ? field((FString.Field) part) : part);
                }
            } else if (t.value() instanceof Token.Bytes) {
                bytes = true;
            } else {
                text = true;
                parts.add(t.value());
            }
        }
        Span span = Span.cover(Span.of(first), Span.of(last));
        if (bytes && text) {
            throw error("cannot mix bytes and nonbytes literals", span, "lang.syntax.generic");
        }
        if (bytes) {
            unsupported("bytes literals are", span, "lang.unsupported.bytes");
            return new Constant("", span);
        }
        if (!formatted) {
            StringBuilder sb = new StringBuilder();
            for (Object p : parts) {
                sb.append((String) p);
            }
            return new Constant(sb.toString(), span);
        }
        return new FormattedString(merge(parts), span);
    }

    private static List<Object> merge(List<Object> parts) {
        List<Object> out = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof String && !out.isEmpty() && out.get(out.size() - 1) instanceof String) {
                out.set(out.size() - 1, out.get(out.size() - 1) + (String) p);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private Expr.Field field(FString.Field f) {
        Expr value = parseFieldHere(f);
        FormattedString spec = null;
        if (f.spec() != null) {
            List<Object> specParts = new ArrayList<>();
            for (Object p : f.spec().parts()) {
                specParts.add(p instanceof FString.Field ? field((FString.Field) p) : p);
            }
            spec = new FormattedString(merge(specParts), value.span());
        }
        return new Expr.Field(value, f.conversion(), spec, f.debugText(), f.braces());
    }

    private Expr parenthesized() {
        Token open = next();
        enter();
        try {
            if (isOp(")")) {
                Token close = next();
                return new TupleExpr(List.of(), Span.cover(Span.of(open), Span.of(close)));
            }
            if (isKeyword("yield")) {
                Expr y = yieldExpression();
                expectOp(")");
                return y;
            }
            Expr first = isOp("*") ? starExpression() : namedArgument();
            if (isKeyword("for")) {
                Comprehension g = comprehensionTail(ComprehensionKind.GENERATOR, first, null, null);
                Token close = expectOp(")");
                return new Comprehension(g.kind(), g.elt(), null, g.clauses(),
                        Span.cover(Span.of(open), Span.of(close)));
            }
            if (isOp(")")) {
                Token close = next();
                if (first instanceof Starred) {
                    throw error("cannot use starred expression here", first.span(), "lang.syntax.generic");
                }
                // A parenthesized expression keeps its own span, as in CPython's AST; enclosing nodes extend
                // over the parentheses.
                parenExtent.put(first, Span.cover(Span.of(open), Span.of(close)));
                return first;
            }
            List<Expr> items = new ArrayList<>();
            items.add(first);
            while (acceptOp(",")) {
                if (isOp(")")) {
                    break;
                }
                items.add(starExpression());
            }
            Token close = peek();
            if (!close.isOp(")")) {
                throw invalidSyntax();
            }
            next();
            return new TupleExpr(items, Span.cover(Span.of(open), Span.of(close)));
        } finally {
            leave();
        }
    }

    private Expr listDisplay() {
        Token open = next();
        enter();
        try {
            List<Expr> items = new ArrayList<>();
            if (!isOp("]")) {
                Expr first = isOp("*") ? starExpression() : namedArgument();
                if (isKeyword("for")) {
                    Comprehension c = comprehensionTail(ComprehensionKind.LIST, first, null, null);
                    Token close = expectOp("]");
                    return new Comprehension(c.kind(), c.elt(), null, c.clauses(),
                            Span.cover(Span.of(open), Span.of(close)));
                }
                items.add(first);
                while (acceptOp(",")) {
                    if (isOp("]")) {
                        break;
                    }
                    items.add(isOp("*") ? starExpression() : namedArgument());
                }
            }
            Token close = peek();
            if (!close.isOp("]")) {
                throw invalidSyntax();
            }
            next();
            return new ListExpr(items, Span.cover(Span.of(open), Span.of(close)));
        } finally {
            leave();
        }
    }

    private Expr dictOrSet() {
        Token open = next();
        enter();
        try {
            if (isOp("}")) {
                Token close = next();
                return new DictExpr(List.of(), List.of(), Span.cover(Span.of(open), Span.of(close)));
            }
            if (isOp("**")) {
                return dictRest(open, null, null);
            }
            Expr first = isOp("*") ? starExpression() : namedArgument();
            if (isOp(":")) {
                next();
                Expr value = expression();
                if (isKeyword("for")) {
                    Comprehension c = comprehensionTail(ComprehensionKind.DICT, first, value, null);
                    Token close = expectOp("}");
                    return new Comprehension(c.kind(), c.elt(), value, c.clauses(),
                            Span.cover(Span.of(open), Span.of(close)));
                }
                return dictRest(open, first, value);
            }
            if (isKeyword("for")) {
                Comprehension c = comprehensionTail(ComprehensionKind.SET, first, null, null);
                Token close = expectOp("}");
                return new Comprehension(c.kind(), c.elt(), null, c.clauses(),
                        Span.cover(Span.of(open), Span.of(close)));
            }
            List<Expr> items = new ArrayList<>();
            items.add(first);
            while (acceptOp(",")) {
                if (isOp("}")) {
                    break;
                }
                items.add(isOp("*") ? starExpression() : namedArgument());
            }
            Token close = peek();
            if (!close.isOp("}")) {
                throw invalidSyntax();
            }
            next();
            return new SetExpr(items, Span.cover(Span.of(open), Span.of(close)));
        } finally {
            leave();
        }
    }

    private Expr dictRest(Token open, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        if (firstKey != null) {
            keys.add(firstKey);
            values.add(firstValue);
            if (!acceptOp(",")) {
                return closeDict(open, keys, values);
            }
        }
        while (!isOp("}")) {
            if (isOp("**")) {
                next();
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                Expr k = disjunction();
                if (!isOp(":")) {
                    Span ks = k.span();
                    throw new SyntaxFailure("SyntaxError", "':' expected after dictionary key", ks.endLine(),
                            ks.endColumn() - 1, ks.endLine(), -1, "lang.syntax.dict_colon").inBytes();
                }
                next();
                keys.add(k);
                values.add(expression());
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        return closeDict(open, keys, values);
    }

    private Expr closeDict(Token open, List<Expr> keys, List<Expr> values) {
        Token close = peek();
        if (!close.isOp("}")) {
            throw invalidSyntax();
        }
        next();
        return new DictExpr(keys, values, Span.cover(Span.of(open), Span.of(close)));
    }

    private Comprehension comprehensionTail(ComprehensionKind kind, Expr elt, Expr value, Span span) {
        if (elt instanceof Starred) {
            throw error("iterable unpacking cannot be used in comprehension", elt.span(), "lang.syntax.generic");
        }
        List<ForClause> clauses = new ArrayList<>();
        Span end = elt.span();
        while (isKeyword("for") || isKeyword("async")) {
            if (isKeyword("async")) {
                unsupported("'async' is", Span.of(peek()), "lang.unsupported.async");
                next();
            }
            next();
            Expr target = targetList();
            checkTarget(target, "assign to");
            if (!acceptKeyword("in")) {
                throw invalidSyntax();
            }
            Expr iter = disjunction();
            List<Expr> conditions = new ArrayList<>();
            end = iter.span();
            while (isKeyword("if")) {
                next();
                Expr c = disjunction();
                conditions.add(c);
                end = c.span();
            }
            clauses.add(new ForClause(target, iter, conditions));
        }
        return new Comprehension(kind, elt, value, clauses, Span.cover(elt.span(), end));
    }
}
