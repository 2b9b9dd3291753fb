package seqplay.lang.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import seqplay.errors.Hints;
import seqplay.lang.Program;
import seqplay.lang.runtime.Py;
import seqplay.lang.syntax.Expr;
import seqplay.lang.syntax.Span;
import seqplay.lang.syntax.Stmt;

/**
 * Warns before running about Keras choices that run but teach the wrong thing, following the seed's table of
 * output activation, loss and metrics: softmax with binary_crossentropy, sigmoid with several units and a
 * categorical loss, {@code Dense(1, activation='softmax')} (always 1.0), accuracy on a regression, mse on one-hot
 * labels, a missing {@code Input}, output units that differ from the number of classes, and compile / fit /
 * predict out of order.
 *
 * <p>It reads the program's statements in order (the bodies of {@code if} and {@code for} included) and resolves
 * what learners write through their imports: {@code keras.layers.Dense(...)}, {@code Dense(...)} after
 * {@code from tensorflow.keras.layers import Dense}, {@code layers.Dense(...)}, {@code tf.keras.layers.Dense}.
 * It never blocks a run; it only knows what the code states literally.
 *
 * <pre>{@code
 * for (Warning w : Checker.check(program)) console.println(w.format("lesson.py", "ko"));
 * }</pre>
 */
public final class Checker {
    /** A Dense layer as written. */
    private record DenseInfo(Integer units, String activation, Expr.Call call) {
    }

    /** What the checker knows about one model variable. */
    private static final class Model {
        final List<DenseInfo> denses = new ArrayList<>();
        Object lastLayer;
        boolean sawInput;
        boolean sawLayer;
        Expr.Call firstAdd;
        Expr.Call compile;
        String loss;
        Expr lossExpr;
        List<String> metrics = new ArrayList<>();
        List<Expr> metricExprs = new ArrayList<>();
        boolean fitted;
    }

    private final Map<String, String> imports = new HashMap<>();
    private final Map<String, Model> models = new HashMap<>();
    /** Variables assigned from {@code to_categorical(y, k)}: k, or -1 when not literal. */
    private final Map<String, Integer> oneHot = new HashMap<>();
    private final List<Warning> warnings = new ArrayList<>();

    private Checker() {
    }

    /** The warnings for a program (none for a program with a syntax error). */
    public static List<Warning> check(Program program) {
        Checker c = new Checker();
        c.block(program.body());
        return c.warnings;
    }

    private void warn(String id, Span at, String... args) {
        Hints.Hint h = Hints.get(id);
        int end = at.endLine() == at.line() ? at.endColumn() : at.column() + 1;
        warnings.add(new Warning(id, at.line(), at.column(), end, Hints.fill(h.ko(), args), Hints.fill(h.en(), args)));
    }

    private void block(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            statement(s);
        }
    }

    private void statement(Stmt s) {
        if (s instanceof Stmt.Import) {
            for (Stmt.Alias a : ((Stmt.Import) s).names()) {
                String full = normalize(a.name());
                if (a.asName() != null) {
                    imports.put(a.asName(), full);
                } else {
                    String top = a.name().contains(".") ? a.name().substring(0, a.name().indexOf('.')) : a.name();
                    imports.put(top, normalize(top));
                }
            }
        } else if (s instanceof Stmt.ImportFrom) {
            Stmt.ImportFrom f = (Stmt.ImportFrom) s;
            for (Stmt.Alias a : f.names()) {
                if (!a.name().equals("*")) {
                    imports.put(a.asName() != null ? a.asName() : a.name(), normalize(f.module() + "." + a.name()));
                }
            }
        } else if (s instanceof Stmt.Assign) {
            Stmt.Assign a = (Stmt.Assign) s;
            for (Expr target : a.targets()) {
                if (target instanceof Expr.Name) {
                    assign(((Expr.Name) target).id(), a.value());
                }
            }
            expression(a.value());
        } else if (s instanceof Stmt.ExprStmt) {
            expression(((Stmt.ExprStmt) s).value());
        } else if (s instanceof Stmt.If) {
            block(((Stmt.If) s).body());
            block(((Stmt.If) s).orelse());
        } else if (s instanceof Stmt.For) {
            block(((Stmt.For) s).body());
            block(((Stmt.For) s).orelse());
        }
    }

    /** tensorflow.keras.X and keras.src... spell the same Keras: keep one name. */
    private static String normalize(String path) {
        String p = path;
        if (p.equals("tensorflow.keras")) {
            return "keras";
        }
        if (p.startsWith("tensorflow.keras.")) {
            p = "keras." + p.substring("tensorflow.keras.".length());
        }
        switch (p) {
            case "keras.Sequential":
                return "keras.models.Sequential";
            case "keras.Input":
                return "keras.layers.Input";
            default:
                return p;
        }
    }

    /** The qualified name an expression stands for through the imports, or null. */
    private String resolve(Expr e) {
        if (e instanceof Expr.Name) {
            return imports.get(((Expr.Name) e).id());
        }
        if (e instanceof Expr.Attribute) {
            String base = resolve(((Expr.Attribute) e).value());
            return base == null ? null : normalize(base + "." + ((Expr.Attribute) e).attr());
        }
        return null;
    }

    private String calleeName(Expr.Call c) {
        return resolve(c.func());
    }

    private void assign(String name, Expr value) {
        if (!(value instanceof Expr.Call)) {
            return;
        }
        Expr.Call c = (Expr.Call) value;
        String callee = calleeName(c);
        if ("keras.models.Sequential".equals(callee)) {
            Model m = new Model();
            models.put(name, m);
            Expr layers = arg(c, 0, "layers");
            if (layers instanceof Expr.ListExpr) {
                for (Expr l : ((Expr.ListExpr) layers).elements()) {
                    addLayer(m, l, c);
                }
            }
        } else if ("keras.utils.to_categorical".equals(callee)) {
            Expr k = arg(c, 1, "num_classes");
            oneHot.put(name, k instanceof Expr.Constant && ((Expr.Constant) k).value() instanceof Long
                    ? (int) (long) (Long) ((Expr.Constant) k).value() : -1);
        }
    }

    private static Expr arg(Expr.Call c, int position, String keyword) {
        for (Expr.Keyword k : c.keywords()) {
            if (keyword.equals(k.name())) {
                return k.value();
            }
        }
        return position >= 0 && position < c.args().size() ? c.args().get(position) : null;
    }

    private static String string(Expr e) {
        return e instanceof Expr.Constant && ((Expr.Constant) e).value() instanceof String
                ? (String) ((Expr.Constant) e).value() : null;
    }

    private void expression(Expr e) {
        if (e instanceof Expr.Call) {
            Expr.Call c = (Expr.Call) e;
            if (c.func() instanceof Expr.Attribute && ((Expr.Attribute) c.func()).value() instanceof Expr.Name) {
                String var = ((Expr.Name) ((Expr.Attribute) c.func()).value()).id();
                Model m = models.get(var);
                if (m != null) {
                    method(m, ((Expr.Attribute) c.func()).attr(), c);
                }
            }
            checkDenseAnywhere(c);
            for (Expr a : c.args()) {
                expression(a);
            }
            for (Expr.Keyword k : c.keywords()) {
                expression(k.value());
            }
        } else if (e instanceof Expr.ListExpr) {
            for (Expr x : ((Expr.ListExpr) e).elements()) {
                expression(x);
            }
        }
    }

    private final java.util.Set<Expr.Call> seenDense = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** {@code Dense(1, activation='softmax')} wherever it is written. */
    private void checkDenseAnywhere(Expr.Call c) {
        if (!"keras.layers.Dense".equals(calleeName(c)) || !seenDense.add(c)) {
            return;
        }
        DenseInfo d = dense(c);
        if (d.units != null && d.units == 1 && "softmax".equals(d.activation)) {
            warn("check.softmax_one_unit", c.span());
        }
    }

    private DenseInfo dense(Expr.Call c) {
        Expr units = arg(c, 0, "units");
        Integer u = units instanceof Expr.Constant && ((Expr.Constant) units).value() instanceof Long
                ? (int) (long) (Long) ((Expr.Constant) units).value() : null;
        Expr act = arg(c, 1, "activation");
        String a = act == null || act instanceof Expr.Constant && ((Expr.Constant) act).value() == Py.NONE ? "linear"
                : string(act);
        if (a == null) {
            String r = resolve(act);
            a = r != null && r.startsWith("keras.activations.") ? r.substring("keras.activations.".length()) : null;
        }
        return new DenseInfo(u, a, c);
    }

    private void addLayer(Model m, Expr layer, Expr.Call at) {
        if (!(layer instanceof Expr.Call)) {
            m.sawLayer = true;
            return;
        }
        Expr.Call c = (Expr.Call) layer;
        String callee = calleeName(c);
        if ("keras.layers.Input".equals(callee) || "keras.layers.InputLayer".equals(callee)) {
            m.sawInput = true;
            return;
        }
        boolean hasShape = arg(c, -1, "input_shape") != null || arg(c, -1, "input_dim") != null;
        if (!m.sawInput && !m.sawLayer && !hasShape) {
            m.firstAdd = at;
            warn("check.missing_input", at.span());
        }
        m.sawLayer = true;
        if ("keras.layers.Dense".equals(callee)) {
            DenseInfo d = dense(c);
            m.denses.add(d);
            m.lastLayer = d;
        } else if ("keras.layers.Activation".equals(callee)) {
            String a = string(arg(c, 0, "activation"));
            if (m.lastLayer instanceof DenseInfo && a != null) {
                DenseInfo prev = (DenseInfo) m.lastLayer;
                m.lastLayer = new DenseInfo(prev.units, a, prev.call);
            }
        } else if (!"keras.layers.Dropout".equals(callee)) {
            m.lastLayer = null;
        }
    }

    private void method(Model m, String name, Expr.Call c) {
        switch (name) {
            case "add":
                if (!c.args().isEmpty()) {
                    addLayer(m, c.args().get(0), c);
                }
                break;
            case "compile":
                compile(m, c);
                break;
            case "fit":
            case "evaluate":
                if (m.compile == null) {
                    warn("check.fit_before_compile", c.span(), name);
                } else if (name.equals("fit")) {
                    fit(m, c);
                }
                if (name.equals("fit")) {
                    m.fitted = true;
                }
                break;
            case "predict":
                if (!m.fitted) {
                    warn("check.predict_before_fit", c.span());
                }
                break;
            case "summary":
                if (!m.sawLayer) {
                    warn("check.summary_empty", c.span());
                }
                break;
            default:
                break;
        }
    }

    private static boolean isRegressionLoss(String loss) {
        switch (loss) {
            case "mse":
            case "mae":
            case "mean_squared_error":
            case "mean_absolute_error":
            case "MeanSquaredError":
            case "MeanAbsoluteError":
            case "huber":
            case "msle":
            case "mape":
                return true;
            default:
                return false;
        }
    }

    private void compile(Model m, Expr.Call c) {
        m.compile = c;
        Expr loss = arg(c, 1, "loss");
        m.lossExpr = loss;
        m.loss = string(loss);
        if (m.loss == null && loss instanceof Expr.Call) {
            String r = calleeName((Expr.Call) loss);
            m.loss = r != null && r.startsWith("keras.losses.") ? r.substring("keras.losses.".length()) : null;
        }
        Expr metrics = arg(c, 3, "metrics");
        m.metrics.clear();
        m.metricExprs.clear();
        if (metrics instanceof Expr.ListExpr || metrics instanceof Expr.TupleExpr) {
            List<Expr> items = metrics instanceof Expr.ListExpr ? ((Expr.ListExpr) metrics).elements()
                    : ((Expr.TupleExpr) metrics).elements();
            for (Expr x : items) {
                String s = string(x);
                if (s != null) {
                    m.metrics.add(s);
                    m.metricExprs.add(x);
                }
            }
        }
        DenseInfo out = m.lastLayer instanceof DenseInfo ? (DenseInfo) m.lastLayer : null;
        if (out == null || m.loss == null || loss == null) {
            return;
        }
        String lossName = m.loss.toLowerCase(java.util.Locale.ROOT);
        if ("softmax".equals(out.activation) && (lossName.equals("binary_crossentropy") || lossName.equals("bce")
                || m.loss.equals("BinaryCrossentropy"))) {
            warn("check.softmax_binary", loss.span());
        }
        if ("sigmoid".equals(out.activation) && out.units != null && out.units > 1
                && (lossName.equals("categorical_crossentropy") || lossName.equals("sparse_categorical_crossentropy")
                || m.loss.equals("CategoricalCrossentropy") || m.loss.equals("SparseCategoricalCrossentropy"))) {
            warn("check.sigmoid_categorical", loss.span(), String.valueOf(out.units));
        }
        if ("linear".equals(out.activation) && isRegressionLoss(m.loss)) {
            for (int i = 0; i < m.metrics.size(); i++) {
                String metric = m.metrics.get(i);
                if (metric.equals("accuracy") || metric.equals("acc")) {
                    warn("check.accuracy_regression", m.metricExprs.get(i).span());
                }
            }
        }
    }

    private void fit(Model m, Expr.Call c) {
        Expr y = arg(c, 1, "y");
        if (!(y instanceof Expr.Name)) {
            return;
        }
        Integer k = oneHot.get(((Expr.Name) y).id());
        if (k == null) {
            return;
        }
        if (m.loss != null && isRegressionLoss(m.loss) && m.lossExpr != null) {
            warn("check.mse_onehot", m.lossExpr.span(), m.loss);
        }
        DenseInfo out = m.lastLayer instanceof DenseInfo ? (DenseInfo) m.lastLayer : null;
        if (k > 0 && out != null && out.units != null && out.units != k.intValue()) {
            warn("check.units_classes", out.call.span(), String.valueOf(out.units), String.valueOf(k));
        }
    }
}
