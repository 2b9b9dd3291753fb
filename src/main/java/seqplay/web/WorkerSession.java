package seqplay.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import seqplay.callbacks.History;
import seqplay.data.csv.ReadCsv;
import seqplay.data.pandas.DataFiles;
import seqplay.data.python.PyFrame;
import seqplay.errors.PyException;
import seqplay.lang.Context;
import seqplay.lang.ErrorReport;
import seqplay.lang.Execution;
import seqplay.lang.Library;
import seqplay.lang.Program;
import seqplay.lang.check.Checker;
import seqplay.lang.check.Warning;
import seqplay.lang.runtime.Modules;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyDict;
import seqplay.lang.runtime.PyList;
import seqplay.lessons.Json.Arr;
import seqplay.lessons.Json.Bool;
import seqplay.lessons.Json.Num;
import seqplay.lessons.Json.Obj;
import seqplay.lessons.Json.Str;
import seqplay.lessons.Json.Value;
import seqplay.lessons.LessonError;
import seqplay.lessons.Rubric;
import seqplay.lessons.RunLog;
import seqplay.models.ModelObserver;

/**
 * One learner's engine inside the Web Worker: runs programs in time slices and queues protocol events
 * (docs/worker-protocol.md).
 *
 * <p>The worker glue calls {@link #start}, then {@link #step} every slice until it returns something other than
 * {@link #RUNNING}, posting {@link #events()} after each slice. A whole-program run gets a fresh session; step runs
 * share one, as notebook cells do: the variables, the imported modules, the Keras session and the random
 * generator of the earlier steps. Everything here is plain Java, tested on the JVM; {@link WorkerMain} only
 * exports it to JavaScript.
 *
 * <pre>{@code
 * WorkerSession s = new WorkerSession();
 * s.start(RunRequest.all("print(1 + 1)\n"));
 * while (s.step(16) == WorkerSession.RUNNING) { post(s.events().take()); }
 * post(s.events().take());   // [{"type":"output","text":"2\n"}]
 * }</pre>
 */
public final class WorkerSession {
    public static final int RUNNING = 0;
    public static final int FINISHED = 1;
    public static final int FAILED = 2;
    public static final int STOPPED = 3;

    /** The file name reports show ({@code File "main.py", line 3}). */
    static final String FILE = "main.py";

    private final EventQueue events = new EventQueue();
    private final Context.Clock clock;
    private final Map<String, String> bundled = new HashMap<>();
    private final DataFiles files = new DataFiles();
    private final Modules modules;
    private Modules previewModules;
    private String lang = "en";

    private Context context;
    private PageOutput output;
    private PageObserver observer;
    private Execution run;
    private boolean stopRequested;
    private boolean stopSent;
    private String lessonId;
    private String lessonJson;

    /** A session on the host's clock (milliseconds), used for time slices, the progress bar and chart throttling. */
    public WorkerSession(Context.Clock clock) {
        this.clock = clock;
        this.modules = Library.modules(bundled::get, files);
    }

    public WorkerSession() {
        this(() -> System.nanoTime() / 1e6);
    }

    public EventQueue events() {
        return events;
    }

    /** Offers a bundled dataset file (a name of {@code BundledDatasets.FILES}) that the page loaded. */
    public void addDatasetFile(String name, String text) {
        bundled.put(name, text);
    }

    /**
     * Offers a learner's upload to {@code pd.read_csv}; {@code size} is the file's size in bytes (the page sends
     * no bytes for a file over the limit). Returns null, or the reason it was refused as
     * {@code {"exception": ..., "message": ..., "hint": {...}}}.
     */
    public String addFile(String name, byte[] bytes, double size) {
        try {
            ReadCsv.checkSize(name, (long) size);
        } catch (PyException e) {
            Json j = new Json().beginObject().name("exception").value(e.type()).name("message").value(e.getMessage());
            hint(j, e.hintId());
            return j.endObject().toString();
        }
        files.registerBytes(name, bytes);
        return null;
    }

    /** Starts a run; the first {@link #step} runs its first statements. A run under way is abandoned. */
    public void start(RunRequest r) {
        stopRequested = false;
        stopSent = false;
        setLang(r.lang());
        if (context == null || r.freshSession()) {
            newSession(r.seed());
        }
        context.language(lang);
        lessonId = null;
        lessonJson = null;
        if (r.lessonJson() != null && !r.lessonJson().isEmpty()) {
            lessonJson = r.lessonJson();
            lessonId = lessonIdOf(lessonJson);
        }
        if (r.injectJson() != null && !r.injectJson().isEmpty()) {
            bindGlobals(r.injectJson());
        }
        Program program = Program.parse(r.code(), FILE, r.step() ? Math.max(1, r.firstLine()) : 1);
        if (program.syntaxError() == null && !r.step()) {
            // A step's code alone would draw false warnings (its model was compiled in an earlier step); the page
            // checks the whole program as it is typed.
            warnings(events.event("warnings"), Checker.check(program));
        }
        run = Execution.start(program, context);
    }

    private void newSession(long seed) {
        output = new PageOutput(events);
        Context ctx = new Context(output, modules).clock(clock).language(lang).seed(seed);
        observer = new PageObserver(events, output, ctx);
        ctx.state(ModelObserver.class, () -> observer);
        ctx.display(this::display);
        context = ctx;
    }

    /** A cell's last expression: a DataFrame as a table, anything else as its repr, as Colab shows them. */
    private void display(Object value) {
        if (value instanceof PyFrame frame) {
            output.rich(frame.richEvent());
        } else {
            output.write(Py.repr(value) + "\n");
        }
    }

    /** Runs for about {@code budgetMs} milliseconds; returns RUNNING, FINISHED, FAILED or STOPPED. */
    public int step(double budgetMs) {
        events.compact();
        if (run == null) {
            return FINISHED;
        }
        double deadline = clock.millis() + budgetMs;
        Execution.State state;
        do {
            if (stopRequested && !stopSent) {
                stopSent = true;
                run.stop();
            }
            state = run.step(1);
        } while (state == Execution.State.RUNNING && clock.millis() < deadline);
        if (state == Execution.State.RUNNING) {
            output.flush();
            return RUNNING;
        }
        return finish();
    }

    private int finish() {
        Execution ended = run;
        run = null;
        output.flush();
        ErrorReport error = ended.error();
        int status = FINISHED;
        if (error != null && stopSent && error.type().equals("KeyboardInterrupt")) {
            status = STOPPED; // the page says "Stopped."; Colab's KeyboardInterrupt traceback would only alarm
        } else if (error != null) {
            error(error);
            status = FAILED;
        }
        if (lessonJson != null) {
            grade();
        }
        return status;
    }

    private void error(ErrorReport error) {
        Json e = events.event("error").name("line").value(error.line()).name("column").value(error.column())
                .name("endColumn").value(error.endLine() == error.line() ? error.endColumn() : 0)
                .name("exception").value(error.type()).name("message").value(error.message());
        if (error.hintKo() != null || error.hintEn() != null) {
            e.name("hint").beginObject().name("ko").value(error.hintKo()).name("en").value(error.hintEn()).endObject();
        }
        events.add(e.name("text").value(error.text()));
    }

    /** {@code lesson-result}: the run graded against the lesson the page sent with it (docs/lessons.md). */
    private void grade() {
        Json e = events.event("lesson-result").name("lesson").value(lessonId);
        String grade;
        try {
            grade = Rubric.fromJson(lessonJson).grade(context.state(RunLog.class, RunLog::new)).toJson();
        } catch (LessonError bad) {
            events.add(e.name("error").value(bad.getMessage()));
            return;
        }
        events.add(e.name("grade").raw(grade));
    }

    private static String lessonIdOf(String json) {
        try {
            Value v = seqplay.lessons.Json.parse(json, "lesson");
            if (v instanceof Obj o && o.get("id") instanceof Str s) {
                return s.value();
            }
        } catch (LessonError bad) {
            // reported when the run is graded
        }
        return null;
    }

    /** Binds each member of {@code {"drawn": [[0, 3, ...], ...]}} as a global of the session. */
    private void bindGlobals(String json) {
        Value v = seqplay.lessons.Json.parse(json, "inject");
        if (v instanceof Obj o) {
            for (Map.Entry<String, Value> m : o.members().entrySet()) {
                context.bind(m.getKey(), python(m.getValue()));
            }
        }
    }

    /** JSON as Python values: integers as int, other numbers as float, arrays as lists, objects as dicts. */
    static Object python(Value v) {
        if (v instanceof Num n) {
            double d = n.value();
            return d == Math.rint(d) && Math.abs(d) < 9e15 ? (Object) (long) d : (Object) d;
        }
        if (v instanceof Str s) {
            return s.value();
        }
        if (v instanceof Bool b) {
            return b.value();
        }
        if (v instanceof Arr a) {
            List<Object> items = new ArrayList<>();
            for (Value item : a.items()) {
                items.add(python(item));
            }
            return new PyList(items);
        }
        if (v instanceof Obj o) {
            Map<Object, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, Value> m : o.members().entrySet()) {
                map.put(m.getKey(), python(m.getValue()));
            }
            return new PyDict(map);
        }
        return Py.NONE;
    }

    /** Asks the run to end after the current batch; the run then ends with {@link #STOPPED}. */
    public void stop() {
        if (run != null) {
            stopRequested = true;
        }
    }

    /** The History of the session's last fit as {"loss": {"$array": i}, ...}, or "null". */
    public String history() {
        History h = observer == null ? null : observer.lastHistory();
        if (h == null) {
            return "null";
        }
        Json j = new Json().beginObject();
        for (Map.Entry<String, List<Double>> e : h.history().entrySet()) {
            double[] values = new double[e.getValue().size()];
            for (int i = 0; i < values.length; i++) {
                Double d = e.getValue().get(i);
                values[i] = d == null ? Double.NaN : d;
            }
            j.name(e.getKey());
            events.array(j, values);
        }
        return j.endObject().toString();
    }

    /** Checker warnings for a program, as a JSON array of {line, column, endColumn, id, message}. */
    public String check(String code) {
        Program program = Program.parse(code, FILE);
        Json j = new Json().beginArray();
        if (program.syntaxError() == null) {
            for (Warning w : Checker.check(program)) {
                warning(j, w);
            }
        }
        return j.endArray().toString();
    }

    private void warnings(Json event, List<Warning> list) {
        if (list.isEmpty()) {
            return;
        }
        event.name("items").beginArray();
        for (Warning w : list) {
            warning(event, w);
        }
        events.add(event.endArray());
    }

    /** A warning's text is its own teaching note: the message in the session's language, both texts as hint. */
    private void warning(Json j, Warning w) {
        j.beginObject().name("line").value(w.line()).name("column").value(w.column()).name("endColumn")
                .value(w.endColumn()).name("id").value(w.id()).name("message").value(w.text(lang))
                .name("texts").beginObject().name("ko").value(w.ko()).name("en").value(w.en()).endObject()
                .endObject();
    }

    private static void hint(Json j, String hintId) {
        if (hintId == null) {
            return;
        }
        seqplay.errors.Hints.Hint h = seqplay.errors.Hints.get(hintId);
        if (h != null) {
            j.name("hint").beginObject().name("ko").value(h.ko()).name("en").value(h.en()).endObject();
        }
    }

    /** A preview of a built-in dataset: {name, columns, index, rows, total, task, points, labels, xLabel, yLabel}. */
    public String dataset(String name) {
        if (previewModules == null) {
            previewModules = Library.modules(bundled::get, new DataFiles());
        }
        return DatasetPreview.preview(events, previewModules, name);
    }

    /**
     * The notebook export's weights cell: {@code NAME.set_weights([...])} restoring the weights of the session's
     * last fit ({@link WeightsCode}), or "" when nothing was trained or the name is not a Python name.
     */
    public String weightsCode(String modelName) {
        if (context == null) {
            return "";
        }
        try {
            String code = WeightsCode.forLastFit(context.state(RunLog.class, RunLog::new), modelName);
            return code == null ? "" : code;
        } catch (PyException badName) {
            return "";
        }
    }

    public void setLang(String newLang) {
        lang = "ko".equals(newLang) ? "ko" : "en";
        if (context != null) {
            context.language(lang);
        }
    }
}
