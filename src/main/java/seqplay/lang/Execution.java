package seqplay.lang;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import seqplay.errors.PyException;
import seqplay.lang.runtime.Op;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyList;
import seqplay.lang.syntax.Expr;
import seqplay.lang.syntax.Span;
import seqplay.lang.syntax.Stmt;

/**
 * One run of a {@link Program}, advanced by the host in slices.
 *
 * <p>Statements run from an explicit stack of frames (a block and its position, a {@code for} loop and its
 * iterator) rather than by Java recursion, so a run can stop between any two statements and resume later — also
 * in the middle of a {@code for} loop, and while a {@link LongTask} such as {@code model.fit} is under way.
 *
 * <pre>{@code
 * Execution run = Execution.start(program, context);
 * while (run.step(8) == Execution.State.RUNNING) { ... }    // the page yields between calls
 * if (run.error() != null) show(run.error());
 * }</pre>
 */
public final class Execution {
    /** Where a run stands after a {@link #step}. */
    public enum State {
        /** More to do: call {@link #step} again. */
        RUNNING,
        /** The program ended normally. */
        FINISHED,
        /** The program ended with an error (see {@link #error()}), a stop included. */
        FAILED
    }

    private abstract static class Frame {
    }

    private static final class Block extends Frame {
        final List<Stmt> stmts;
        int next;

        Block(List<Stmt> stmts) {
            this.stmts = stmts;
        }
    }

    private static final class Loop extends Frame {
        final Stmt.For stmt;
        final Iterator<Object> items;

        Loop(Stmt.For stmt, Iterator<Object> items) {
            this.stmt = stmt;
            this.items = items;
        }
    }

    /** A long task under way and what to do with its result. */
    private static final class Pending {
        final LongTask task;
        final Expr.Call call;
        final Stmt stmt;
        boolean stopSent;

        Pending(LongTask task, Expr.Call call, Stmt stmt) {
            this.task = task;
            this.call = call;
            this.stmt = stmt;
        }
    }

    private final Program program;
    private final Context context;
    private final Evaluator evaluator;
    private final List<Frame> frames = new ArrayList<>();
    /** The program's last top-level statement: a bare expression there is the cell's value (notebook display). */
    private final Stmt last;
    private Pending pending;
    private Stmt current;
    private boolean stopRequested;
    private State state = State.RUNNING;
    private ErrorReport error;

    private Execution(Program program, Context context) {
        this.program = program;
        this.context = context;
        Map<String, Object> globals = context.globals();
        globals.putIfAbsent("__name__", "__main__");
        this.evaluator = new Evaluator(globals, Evaluator.builtinsFor(context));
        frames.add(new Block(program.body()));
        List<Stmt> body = program.body();
        this.last = body.isEmpty() ? null : body.get(body.size() - 1);
    }

    /**
     * Starts running {@code program}; nothing runs until the first {@link #step}. Runs started with the same
     * context share their global variables and modules (a lesson run step by step); use a new context for a fresh
     * session.
     */
    public static Execution start(Program program, Context context) {
        if (context.firstRun()) {
            Py.resetAddresses();
        }
        context.modules().attach(context);
        Execution run = new Execution(program, context);
        if (!program.warnings().isEmpty()) {
            context.output().writeError(program.warningsText());
        }
        if (program.syntaxError() != null) {
            run.error = program.syntaxError();
            run.state = State.FAILED;
        }
        return run;
    }

    /** Runs {@code program} to its end (the command line's way); returns the error or null. */
    public static ErrorReport runToEnd(Program program, Context context) {
        Execution run = start(program, context);
        while (run.step(Integer.MAX_VALUE) == State.RUNNING) {
            // the CLI has nothing else to do between slices
        }
        return run.error();
    }

    public State state() {
        return state;
    }

    /** The error that ended the run, or null. */
    public ErrorReport error() {
        return error;
    }

    /** The program's global variables (for tests and a variable inspector). */
    public Map<String, Object> globals() {
        return Collections.unmodifiableMap(evaluator.globals());
    }

    /**
     * Asks the run to stop: a long task under way is stopped (keeping what it did), then the run ends with a
     * {@code KeyboardInterrupt} report at the statement that was running.
     */
    public void stop() {
        stopRequested = true;
    }

    /**
     * Runs at most {@code budget} statements, or advances the long task under way by {@code budget} units (for
     * fit: batches) and then continues with statements. Returns after starting a new long task, so each long
     * task's work is spread over later calls.
     */
    public State step(int budget) {
        if (state != State.RUNNING) {
            return state;
        }
        try {
            if (pending != null && !advanceTask(budget)) {
                return state;
            }
            if (stopRequested) {
                interrupt(current == null ? null : wholeLine(current.span().line()), null);
                return state;
            }
            int done = 0;
            while (done < budget && state == State.RUNNING) {
                if (!runOne()) {
                    state = State.FINISHED;
                    context.output().endLiveLine();
                    context.runEnded();
                    break;
                }
                done++;
                if (pending != null) {
                    break;
                }
            }
        } catch (Raised r) {
            fail(r);
        } catch (RuntimeException | StackOverflowError e) {
            Span s = current == null ? new Span(1, 1, 1, 2) : current.span();
            fail(new Raised(e, s));
        }
        return state;
    }

    /** Steps the pending task; returns true when it is finished and its result has been stored. */
    private boolean advanceTask(int budget) {
        Pending p = pending;
        if (stopRequested && !p.stopSent) {
            p.stopSent = true;
            p.task.stop();
        }
        boolean finished;
        try {
            finished = p.task.step(Math.max(1, budget));
        } catch (PyException x) {
            pending = null;
            throw Evaluator.locate(x, p.call);
        } catch (RuntimeException x) {
            pending = null;
            throw new Raised(x, p.call.span());
        }
        if (!finished) {
            return false;
        }
        pending = null;
        Object result = Py.wrap(p.task.result());
        if (p.stopSent) {
            interrupt(p.call.span(), p.call);
            return false;
        }
        if (p.stmt instanceof Stmt.Assign) {
            for (Expr target : ((Stmt.Assign) p.stmt).targets()) {
                evaluator.assign(target, result, null);
            }
        } else if (p.stmt == last) {
            display(result);
        }
        return true;
    }

    private void interrupt(Span span, Expr node) {
        Span s = span == null ? new Span(1, 1, 1, 1) : span;
        String text = Reports.traceback(program.source(), s.line(), s.column(), s.endLine(), s.endColumn(),
                node == null ? null : Evaluator.anchors(node), "KeyboardInterrupt");
        error = Reports.make("KeyboardInterrupt", "", s.line(), s.column(), s.endLine(), s.endColumn(),
                "lang.keyboard_interrupt", text);
        state = State.FAILED;
        context.output().endLiveLine();
    }

    private void fail(Raised r) {
        context.output().endLiveLine();
        try {
            context.runEnded(); // a figure drawn before the error is still shown, as in a notebook cell
        } catch (RuntimeException ignored) {
            // the error being reported matters more than a figure that could not be sent
        }
        Span s = r.span;
        if (r.bug != null) {
            error = Reports.internal(program.source(), s.line(), s.column(), s.endLine() == s.line() ? s.endColumn()
                    : s.column() + 1, r.bug);
            state = State.FAILED;
            return;
        }
        PyException e = r.error;
        String last = e.pythonLine();
        String text = Reports.traceback(program.source(), s.line(), s.column(), s.endLine(), s.endColumn(),
                r.anchors, last);
        String hintId = e.hintId() != null ? e.hintId() : defaultHint(e);
        error = Reports.make(e.type(), e.getMessage() == null ? "" : e.getMessage(), s.line(), s.column(),
                s.endLine(), s.endColumn(), hintId, text, r.hintArgs);
        state = State.FAILED;
    }

    /** The teaching hint for the interpreter's own errors, chosen by their type and text. */
    static String defaultHint(PyException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        switch (e.type()) {
            case "TypeError":
                if (m.startsWith("can only concatenate str")) {
                    return "lang.type.concat_str";
                }
                if (m.startsWith("unsupported operand") || m.startsWith("bad operand")
                        || m.contains("not supported between")) {
                    return "lang.type.operand";
                }
                if (m.endsWith("is not callable")) {
                    return "lang.type.not_callable";
                }
                if (m.endsWith("is not subscriptable")) {
                    return "lang.type.not_subscriptable";
                }
                if (m.endsWith("is not iterable") || m.startsWith("cannot unpack")) {
                    return "lang.type.not_iterable";
                }
                if (m.contains("argument")) {
                    return "lang.arguments";
                }
                if (m.contains("indices must be integers")) {
                    return "lang.index_type";
                }
                return null;
            case "IndexError":
                return "lang.index";
            case "KeyError":
                return "lang.key";
            case "ZeroDivisionError":
                return "lang.zero_division";
            case "ValueError":
                if (m.contains("unpack")) {
                    return "lang.unpack";
                }
                if (m.startsWith("invalid literal for int()") || m.startsWith("could not convert string to float")) {
                    return "lang.value.convert";
                }
                return null;
            case "AttributeError":
                return "lang.attribute";
            case "MemoryError":
                return "lang.memory";
            case "OverflowError":
                return "lang.overflow";
            case "RecursionError":
                return "lang.recursion";
            case "AssertionError":
                return "lang.assert";
            default:
                return null;
        }
    }

    /** Runs one statement; false when the program has ended. */
    private boolean runOne() {
        while (true) {
            if (frames.isEmpty()) {
                return false;
            }
            Frame top = frames.get(frames.size() - 1);
            if (top instanceof Block) {
                Block b = (Block) top;
                if (b.next >= b.stmts.size()) {
                    frames.remove(frames.size() - 1);
                    continue;
                }
                Stmt s = b.stmts.get(b.next++);
                current = s;
                execute(s);
                return true;
            }
            Loop loop = (Loop) top;
            boolean more;
            Object item;
            try {
                more = loop.items.hasNext();
                item = more ? loop.items.next() : null;
            } catch (PyException x) {
                throw Evaluator.locate(x, wholeLine(loop.stmt.span().line()));
            }
            if (!more) {
                frames.remove(frames.size() - 1);
                if (!loop.stmt.orelse().isEmpty()) {
                    frames.add(new Block(loop.stmt.orelse()));
                }
                continue;
            }
            current = loop.stmt;
            evaluator.assign(loop.stmt.target(), item, null);
            frames.add(new Block(loop.stmt.body()));
            return true;
        }
    }

    /** A whole source line: CPython locates some statement-level failures so (and prints no carets). */
    private Span wholeLine(int line) {
        String text = program.source().line(line);
        int indent = text.length() - text.stripLeading().length();
        return new Span(line, indent + 1, line, text.stripTrailing().length() + 1);
    }

    private void execute(Stmt s) {
        context.currentLine(s.span().line());
        if (s instanceof Stmt.ExprStmt) {
            Expr value = ((Stmt.ExprStmt) s).value();
            if (value instanceof Expr.Call) {
                Object r = evaluator.callNoWait((Expr.Call) value, null);
                if (r instanceof LongTask) {
                    pending = new Pending((LongTask) r, (Expr.Call) value, s);
                } else if (s == last) {
                    display(r);
                }
                return;
            }
            Object v = evaluator.eval(value, null);
            if (s == last) {
                display(v);
            }
            return;
        }
        if (s instanceof Stmt.Assign) {
            Stmt.Assign a = (Stmt.Assign) s;
            Object v;
            if (a.value() instanceof Expr.Call) {
                v = evaluator.callNoWait((Expr.Call) a.value(), null);
                if (v instanceof LongTask) {
                    pending = new Pending((LongTask) v, (Expr.Call) a.value(), s);
                    return;
                }
            } else {
                v = evaluator.eval(a.value(), null);
            }
            for (Expr target : a.targets()) {
                evaluator.assign(target, v, null);
            }
            return;
        }
        if (s instanceof Stmt.AugAssign) {
            augAssign((Stmt.AugAssign) s);
            return;
        }
        if (s instanceof Stmt.If) {
            Stmt.If i = (Stmt.If) s;
            boolean t = evaluator.truth(evaluator.eval(i.test(), null), i.test());
            List<Stmt> branch = t ? i.body() : i.orelse();
            if (!branch.isEmpty()) {
                frames.add(new Block(branch));
            }
            return;
        }
        if (s instanceof Stmt.For) {
            Stmt.For f = (Stmt.For) s;
            Object iterable = evaluator.eval(f.iter(), null);
            Iterator<Object> it;
            try {
                it = Py.iterator(iterable);
            } catch (PyException x) {
                throw Evaluator.locate(x, wholeLine(f.span().line()));
            }
            frames.add(new Loop(f, it));
            return;
        }
        if (s instanceof Stmt.Pass) {
            return;
        }
        if (s instanceof Stmt.Break || s instanceof Stmt.Continue) {
            while (!frames.isEmpty() && !(frames.get(frames.size() - 1) instanceof Loop)) {
                frames.remove(frames.size() - 1);
            }
            if (s instanceof Stmt.Break && !frames.isEmpty()) {
                frames.remove(frames.size() - 1);
            }
            return;
        }
        if (s instanceof Stmt.Import) {
            for (Stmt.Alias alias : ((Stmt.Import) s).names()) {
                evaluator.importModule(context.modules(), alias.name(), alias.asName(), s.span());
            }
            return;
        }
        if (s instanceof Stmt.ImportFrom) {
            Stmt.ImportFrom f = (Stmt.ImportFrom) s;
            for (Stmt.Alias alias : f.names()) {
                evaluator.importFrom(context.modules(), f.module(), alias.name(), alias.asName(), s.span());
            }
            return;
        }
        if (s instanceof Stmt.Delete) {
            for (Expr target : ((Stmt.Delete) s).targets()) {
                evaluator.delete(target);
            }
            return;
        }
        if (s instanceof Stmt.AnnAssign) {
            Stmt.AnnAssign a = (Stmt.AnnAssign) s;
            evaluator.eval(a.annotation(), null);
            if (a.value() != null) {
                evaluator.assign(a.target(), evaluator.eval(a.value(), null), null);
            }
            return;
        }
        if (s instanceof Stmt.Assert) {
            Stmt.Assert a = (Stmt.Assert) s;
            if (!evaluator.truth(evaluator.eval(a.test(), null), a.test())) {
                String message = a.message() == null ? "" : Py.str(evaluator.eval(a.message(), null));
                throw new Raised(new PyException("AssertionError", message, "lang.assert"), a.span(), null);
            }
            return;
        }
        throw new IllegalStateException("unknown statement " + s);
    }

    /** A cell's last expression shows its value where the host displays values (notebook pages), unless None. */
    private void display(Object value) {
        Context.Display d = context.display();
        if (d != null && value != Py.NONE && value != null) {
            d.show(value);
        }
    }

    private void augAssign(Stmt.AugAssign a) {
        Expr target = a.target();
        if (target instanceof Expr.Name) {
            Object old = evaluator.lookup(((Expr.Name) target).id(), null, target.span());
            Object v = evaluator.eval(a.value(), null);
            evaluator.assign(target, inPlace(a, old, v), null);
            return;
        }
        if (target instanceof Expr.Attribute) {
            Expr.Attribute at = (Expr.Attribute) target;
            Object obj = evaluator.eval(at.value(), null);
            Object old;
            try {
                old = Py.getAttr(obj, at.attr());
            } catch (PyException x) {
                throw Evaluator.locate(x, target);
            }
            Object v = evaluator.eval(a.value(), null);
            Object r = inPlace(a, old, v);
            try {
                Py.setAttr(obj, at.attr(), r);
            } catch (PyException x) {
                throw Evaluator.locate(x, target);
            }
            return;
        }
        Expr.Subscript sub = (Expr.Subscript) target;
        Object obj = evaluator.eval(sub.value(), null);
        Object key = evaluator.evalIndex(sub.index(), null);
        Object old;
        try {
            old = Py.getItem(obj, key);
        } catch (PyException x) {
            throw Evaluator.locate(x, target);
        }
        Object v = evaluator.eval(a.value(), null);
        Object r = inPlace(a, old, v);
        try {
            Py.setItem(obj, key, r);
        } catch (PyException x) {
            throw Evaluator.locate(x, target);
        }
    }

    /** {@code +=} on a list extends it in place (any iterable), as Python's {@code list.__iadd__}. */
    private Object inPlace(Stmt.AugAssign a, Object old, Object v) {
        try {
            if (a.op() == Op.ADD && old instanceof PyList) {
                ((PyList) old).items().addAll(Py.toList(v));
                return old;
            }
            return Py.binary(a.op(), old, v);
        } catch (PyException x) {
            String message = x.getMessage();
            if (x.type().equals("TypeError") && message.startsWith("unsupported operand type(s) for ")) {
                // CPython names the augmented operator: "unsupported operand type(s) for +=".
                String sym = a.op() == Op.POW ? "** or pow()" : a.op().symbol();
                message = message.replace("for " + sym + ":", "for " + a.op().symbol() + "=:");
                x = new PyException(x.type(), message, x.hintId());
            }
            throw new Raised(x, a.span(), null);
        }
    }
}
