package seqplay.lang;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import seqplay.lang.runtime.Modules;

/**
 * What one run of a program shares with the Java code it calls: the output, the importable modules, the seed,
 * the clock and per-run state (such as the Keras session of a run), plus the learner's language for hints.
 *
 * <pre>{@code
 * Context ctx = new Context(output, modules).seed(42);
 * Execution run = Execution.start(Program.parse(source, "lesson.py"), ctx);
 * }</pre>
 */
public final class Context {
    /** Milliseconds from an arbitrary origin; the host supplies it (the core never reads a clock itself). */
    public interface Clock {
        double millis();
    }

    private final Output output;
    private final Modules modules;
    private final Map<Object, Object> state = new HashMap<>();
    private final Map<String, Object> globals = new java.util.LinkedHashMap<>();
    private boolean started;
    private long seed = -1;
    private Clock clock = () -> System.nanoTime() / 1e6;
    private String language = "en";

    public Context(Output output, Modules modules) {
        this.output = output;
        this.modules = modules;
    }

    public Output output() {
        return output;
    }

    public Modules modules() {
        return modules;
    }

    /** The seed the host asked for ({@code --seed N}), or -1 for none. */
    public long seed() {
        return seed;
    }

    public Context seed(long newSeed) {
        this.seed = newSeed;
        return this;
    }

    public Clock clock() {
        return clock;
    }

    public Context clock(Clock newClock) {
        this.clock = newClock;
        return this;
    }

    /** {@code "ko"} or {@code "en"}: the language of teaching hints and checker warnings. */
    public String language() {
        return language;
    }

    public Context language(String lang) {
        this.language = lang;
        return this;
    }

    /**
     * The program's global variables. Every {@link Execution} started with this context shares them, so a page
     * can run a lesson step by step, each step's code seeing the variables of the steps before (as notebook cells
     * do); a fresh context is a fresh session.
     */
    Map<String, Object> globals() {
        return globals;
    }

    /** Marks the first run of this context; true the first time only. */
    boolean firstRun() {
        boolean first = !started;
        started = true;
        return first;
    }

    private final java.util.List<Runnable> endHooks = new java.util.ArrayList<>();

    /**
     * Runs {@code hook} whenever a program or a step ends (normally or with an error), as a notebook's
     * post-execute does: pyplot shows a figure that was drawn but never passed to {@code plt.show()}.
     */
    public void atEndOfEachRun(Runnable hook) {
        endHooks.add(hook);
    }

    /** Called by the interpreter when a program or step has ended. */
    void runEnded() {
        for (Runnable hook : endHooks) {
            hook.run();
        }
    }

    /**
     * Per-run state shared by the modules of one run, created on first use: e.g.
     * {@code ctx.state(Session.class, Session::new)} gives every Keras module of a run the same session.
     */
    @SuppressWarnings("unchecked")
    public <T> T state(Object key, Supplier<T> create) {
        Object v = state.get(key);
        if (v == null) {
            v = create.get();
            state.put(key, v);
        }
        return (T) v;
    }

    /**
     * Shows the value of a cell's last expression, as a notebook does ({@code df.head()} alone on the last line
     * shows the table). The page sets one; a script host (the command line) does not, and such values are
     * dropped as Python drops them when running a file.
     */
    @FunctionalInterface
    public interface Display {
        /** {@code value} is never None. */
        void show(Object value);
    }

    private Display display;

    /** The host's display of a cell's last expression, or null (a script: nothing is shown). */
    public Display display() {
        return display;
    }

    public Context display(Display newDisplay) {
        this.display = newDisplay;
        return this;
    }

    private int currentLine;

    /** The 1-based program line of the statement now running (0 before the first), for hosts that point at code. */
    public int currentLine() {
        return currentLine;
    }

    /** Set by the execution as each statement starts. */
    public void currentLine(int line) {
        this.currentLine = line;
    }

    /**
     * Binds a global variable before a run starts, the way a host provides a value the program reads (the draw-a-
     * digit lesson's {@code drawn}). Line numbers of the program are not affected.
     */
    public Context bind(String name, Object pythonValue) {
        globals.put(name, pythonValue);
        return this;
    }
}
