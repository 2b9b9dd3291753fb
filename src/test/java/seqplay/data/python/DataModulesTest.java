package seqplay.data.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import seqplay.data.datasets.ClasspathDatasetSource;
import seqplay.data.pandas.DataFiles;
import seqplay.errors.PyException;
import seqplay.lang.Context;
import seqplay.lang.Output;
import seqplay.lang.RichEvent;
import seqplay.lang.runtime.Args;
import seqplay.lang.runtime.Modules;
import seqplay.lang.runtime.Op;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyList;
import seqplay.lang.runtime.PyModule;
import seqplay.lang.runtime.PySlice;
import seqplay.lang.runtime.PyTuple;
import seqplay.numpy.python.NumpyModule;
import seqplay.numpy.python.PyArray;

/**
 * The data-preparation lines of the three lesson types, called the way the interpreter calls them (attribute
 * lookups, calls with keyword arguments, subscripts, operators), with the texts pandas/sklearn print.
 */
class DataModulesTest {
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();
    private Modules modules;

    @BeforeEach
    void setUp() {
        modules = new Modules();
        NumpyModule.register(modules);
        DataFiles files = new DataFiles();
        files.registerBytes("scores.csv", "name,score,passed\nKim,90.5,True\nLee,,False\nPark,70,True\n"
                .getBytes(StandardCharsets.UTF_8));
        DataModules.register(modules, new ClasspathDatasetSource(), files);
        Context ctx = new Context(new Output() {
            @Override
            public void write(String text) {
                out.append(text);
            }

            @Override
            public void writeError(String text) {
                err.append(text);
            }

            @Override
            public void liveLine(String text) {
            }

            @Override
            public void endLiveLine() {
            }

            @Override
            public void rich(RichEvent event) {
            }
        }, modules).seed(3);
        modules.attach(ctx);
    }

    private PyModule module(String name) {
        return modules.load(name);
    }

    private static Object call(Object target, String name, Object... args) {
        return Py.call(Py.getAttr(target, name), Args.of(args));
    }

    private static Object call(Object target, String name, Args args) {
        return Py.call(Py.getAttr(target, name), args);
    }

    @Test
    void irisWithTrainTestSplitAndStandardScaler() {
        PyTuple xy = (PyTuple) Py.call(Py.getAttr(module("sklearn.datasets"), "load_iris"),
                Args.of().with("return_X_y", true));
        PyArray x = (PyArray) xy.get(0);
        PyArray y = (PyArray) xy.get(1);
        assertEquals("(150, 4)", Py.repr(Py.getAttr(x, "shape")));
        assertEquals("int64", Py.str(Py.getAttr(y, "dtype")));
        PyList parts = (PyList) Py.call(Py.getAttr(module("sklearn.model_selection"), "train_test_split"),
                Args.of(x, y).with("test_size", 0.2).with("random_state", 42L).with("stratify", y));
        assertEquals(4, parts.size());
        assertEquals("(120, 4)", Py.repr(Py.getAttr(parts.get(0), "shape")));
        assertEquals("(30,)", Py.repr(Py.getAttr(parts.get(3), "shape")));
        Object scaler = Py.call(Py.getAttr(module("sklearn.preprocessing"), "StandardScaler"), Args.of());
        assertEquals("StandardScaler()", Py.repr(scaler));
        PyException early = assertThrows(PyException.class, () -> Py.getAttr(scaler, "mean_"));
        assertEquals("AttributeError: 'StandardScaler' object has no attribute 'mean_'", early.pythonLine());
        Object xTrain = call(scaler, "fit_transform", parts.get(0));
        Object xTest = call(scaler, "transform", parts.get(1));
        assertInstanceOf(PyArray.class, xTrain);
        assertEquals("(30, 4)", Py.repr(Py.getAttr(xTest, "shape")));
        assertEquals("(4,)", Py.repr(Py.getAttr(Py.getAttr(scaler, "mean_"), "shape")));
        double acc = (Double) call(module("sklearn.metrics"), "accuracy_score", parts.get(3), parts.get(3));
        assertEquals(1.0, acc);
    }

    @Test
    void numpyTurnsDataFramesAndSeriesIntoArraysAsColabDoes() {
        Object iris = Py.call(Py.getAttr(module("sklearn.datasets"), "load_iris"), Args.of().with("as_frame", true));
        Object frame = Py.getAttr(iris, "data");
        Object target = Py.getAttr(iris, "target");
        Object np = module("numpy");
        Object x = Py.call(Py.getAttr(np, "asarray"), Args.of(frame));
        Object y = Py.call(Py.getAttr(np, "asarray"), Args.of(target));
        assertEquals("(150, 4)", Py.repr(Py.getAttr(x, "shape")));
        assertEquals("(150,)", Py.repr(Py.getAttr(y, "shape")));
        assertEquals("int64", Py.str(Py.getAttr(y, "dtype")));
    }

    @Test
    void bunchFieldsByAttributeAndKey() {
        Object iris = call(module("sklearn.datasets"), "load_iris");
        assertEquals("['setosa', 'versicolor', 'virginica']", Py.repr(Py.getAttr(iris, "target_names")));
        assertEquals(Py.repr(Py.getAttr(iris, "feature_names")), Py.repr(Py.getItem(iris, "feature_names")));
        assertEquals("['data', 'target', 'frame', 'target_names', 'DESCR', 'feature_names', 'filename',"
                + " 'data_module']", Py.repr(call(iris, "keys")));
    }

    @Test
    void moonsAndRegressionGenerators() {
        PyTuple moons = (PyTuple) Py.call(Py.getAttr(module("sklearn.datasets"), "make_moons"),
                Args.of().with("n_samples", 200L).with("noise", 0.1).with("random_state", 0L));
        assertEquals("(200, 2)", Py.repr(Py.getAttr(moons.get(0), "shape")));
        assertEquals("int64", Py.str(Py.getAttr(moons.get(1), "dtype")));
        PyTuple reg = (PyTuple) Py.call(Py.getAttr(module("sklearn.datasets"), "make_regression"),
                Args.of().with("n_samples", 50L).with("n_features", 3L).with("noise", 5.0).with("coef", true)
                        .with("random_state", 1L));
        assertEquals(3, reg.size());
        assertEquals("(50,)", Py.repr(Py.getAttr(reg.get(1), "shape")));
        assertEquals("(3,)", Py.repr(Py.getAttr(reg.get(2), "shape")));
        PyException bad = assertThrows(PyException.class, () -> Py.call(Py.getAttr(module("sklearn.datasets"),
                "make_moons"), Args.of().with("noise", -1.0)));
        assertEquals("sklearn.utils._param_validation.InvalidParameterError: The 'noise' parameter of make_moons"
                + " must be a float in the range [0.0, inf) or None. Got -1.0 instead.", bad.pythonLine());
    }

    @Test
    void readCsvThenTheUsualPandasSteps() {
        PyModule pd = module("pandas");
        Object df = call(pd, "read_csv", "scores.csv");
        assertEquals("   name  score  passed\n0   Kim   90.5    True\n1   Lee    NaN   False\n2  Park   70.0    True",
                Py.repr(df));
        assertEquals("(3, 3)", Py.repr(Py.getAttr(df, "shape")));
        assertEquals("Index(['name', 'score', 'passed'], dtype='object')", Py.repr(Py.getAttr(df, "columns")));
        Object filled = Py.call(Py.getAttr(df, "fillna"), Args.of(0L));
        assertEquals("0    90.5\n1     0.0\n2    70.0\nName: score, dtype: float64",
                Py.repr(Py.getItem(filled, "score")));
        Object counts = call(call(df, "isna"), "sum");
        assertEquals("name      0\nscore     1\npassed    0\ndtype: int64", Py.repr(counts));
        Object x = Py.call(Py.getAttr(df, "drop"), Args.of("name").with("axis", 1L));
        assertEquals("Index(['score', 'passed'], dtype='object')", Py.repr(Py.getAttr(x, "columns")));
        Object high = Py.getItem(df, Py.binary(Op.GT, Py.getItem(df, "score"), 80L));
        assertEquals("  name  score  passed\n0  Kim   90.5    True", Py.repr(high));
        call(df, "info");
        assertTrue(out.toString().startsWith("<class 'pandas.core.frame.DataFrame'>\nRangeIndex: 3 entries, 0 to 2\n"));
        PyException missing = assertThrows(PyException.class, () -> call(pd, "read_csv", "nope.csv"));
        assertEquals("FileNotFoundError: [Errno 2] No such file or directory: 'nope.csv'", missing.pythonLine());
    }

    private static void assertError(String expected, Runnable r) {
        PyException e = assertThrows(PyException.class, r::run);
        assertEquals(expected, e.pythonLine());
    }

    @Test
    void inplaceFormsChangeTheFrameAndReturnNone() {
        PyModule pd = module("pandas");
        Object df = call(pd, "read_csv", "scores.csv");
        assertEquals(Py.NONE, call(df, "dropna", Args.of().with("inplace", true)));
        assertEquals("   name  score  passed\n0   Kim   90.5    True\n2  Park   70.0    True", Py.repr(df));
        Object filled = call(pd, "read_csv", "scores.csv");
        assertEquals(Py.NONE, call(filled, "fillna", Args.of(0L).with("inplace", true)));
        assertEquals("   name  score  passed\n0   Kim   90.5    True\n1   Lee    0.0   False\n2  Park   70.0    True",
                Py.repr(filled));
        assertEquals(Py.NONE, call(filled, "drop", Args.of("passed").with("axis", 1L).with("inplace", true)));
        assertEquals("   name  score\n0   Kim   90.5\n1   Lee    0.0\n2  Park   70.0", Py.repr(filled));
        assertError("NotImplementedError: the playground's DataFrame.fillna does not take method='ffill'",
                () -> call(filled, "fillna", Args.of().with("method", "ffill")));
        Object score = Py.getItem(call(pd, "read_csv", "scores.csv"), "score");
        assertError("ValueError: Must specify a fill 'value' or 'method'.", () -> call(score, "fillna"));
        assertEquals(10.25, call(score, "std", Args.of().with("ddof", 0L)));
        Object counts = call(Py.getItem(call(module("pandas"), "read_csv", "scores.csv"), "passed"), "value_counts");
        assertEquals("passed\nFalse    1\nTrue     2\nName: count, dtype: int64", Py.repr(call(counts, "sort_index")));
        assertEquals("passed\nTrue     2\nFalse    1\nName: count, dtype: int64",
                Py.repr(call(counts, "sort_index", Args.of().with("ascending", false))));
        assertError("NotImplementedError: the playground's Series.value_counts does not take ascending=True",
                () -> call(score, "value_counts", Args.of().with("ascending", true)));
        assertError("NotImplementedError: the playground's Series.fillna does not take inplace=True; assign the"
                + " result instead: df['score'] = df['score'].fillna(...)",
                () -> call(score, "fillna", Args.of(0L).with("inplace", true)));
    }

    @Test
    void columnsReadAsAttributesAndMisspellingsSuggestThem() {
        Object df = call(module("pandas"), "read_csv", "scores.csv");
        assertEquals("0    90.5\n1     NaN\n2    70.0\nName: score, dtype: float64", Py.repr(Py.getAttr(df, "score")));
        assertEquals("(3, 3)", Py.repr(Py.getAttr(df, "shape")));
        assertError("AttributeError: 'DataFrame' object has no attribute 'Score'. Did you mean: 'score'?",
                () -> Py.getAttr(df, "Score"));
    }

    @Test
    void numpyFunctionsOfASeriesGiveASeriesAndIndexesSlice() {
        Object df = call(module("pandas"), "read_csv", "scores.csv");
        Object root = call(module("numpy"), "sqrt", Py.getItem(df, "score"));
        assertEquals("0    9.513149\n1         NaN\n2    8.366600\nName: score, dtype: float64", Py.repr(root));
        assertEquals("Index(['score', 'passed'], dtype='object')",
                Py.repr(Py.getItem(Py.getAttr(df, "columns"), new PySlice(1L, Py.NONE, Py.NONE))));
        assertEquals("RangeIndex(start=2, stop=-1, step=-2)",
                Py.repr(Py.getItem(Py.getAttr(df, "index"), new PySlice(Py.NONE, Py.NONE, -2L))));
    }

    @Test
    void ilocSelectsByPositionWithPandasTypesAndErrors() {
        Object df = call(module("pandas"), "read_csv", "scores.csv");
        Object iloc = Py.getAttr(df, "iloc");
        PySlice all = new PySlice(Py.NONE, Py.NONE, Py.NONE);
        assertEquals("name       Kim\nscore     90.5\npassed    True\nName: 0, dtype: object", Py.repr(Py.getItem(iloc, 0L)));
        assertEquals("   name  score\n0   Kim   90.5\n1   Lee    NaN\n2  Park   70.0",
                Py.repr(Py.getItem(iloc, PyTuple.of(all, new PySlice(Py.NONE, -1L, Py.NONE)))));
        assertEquals("0    90.5\n1     NaN\n2    70.0\nName: score, dtype: float64",
                Py.repr(Py.getItem(iloc, PyTuple.of(all, 1L))));
        assertEquals("   score\n2   70.0\n0   90.5",
                Py.repr(Py.getItem(iloc, PyTuple.of(PyList.of(2L, 0L), PyList.of(1L)))));
        assertEquals("Park", Py.getItem(iloc, PyTuple.of(-1L, 0L)));
        // the row is taken first, so its type is the whole row's
        assertEquals("score     90.5\npassed    True\nName: 0, dtype: object",
                Py.repr(Py.getItem(iloc, PyTuple.of(0L, new PySlice(1L, Py.NONE, Py.NONE)))));
        assertEquals("score    70.0\nName: 2, dtype: float64",
                Py.repr(Py.getItem(Py.getAttr(Py.getItem(df, PyList.of("score")), "iloc"), 2L)));
        assertError("IndexError: single positional indexer is out-of-bounds", () -> Py.getItem(iloc, 3L));
        assertError("IndexError: index 9 is out of bounds for axis 0 with size 3",
                () -> Py.getItem(iloc, PyTuple.of(0L, 9L)));
        assertError("NotImplementedError: iLocation based boolean indexing on an integer type is not available",
                () -> Py.getItem(iloc, Py.compare(Op.GT, Py.getItem(df, "score"), 80L)));
    }

    @Test
    void frameSumsAndMeansByColumnOrRowKeepOnlyNumbersWhenAsked() {
        Object df = call(module("pandas"), "read_csv", "scores.csv");
        assertEquals("score     160.5\npassed      2.0\ndtype: float64",
                Py.repr(call(df, "sum", Args.of().with("numeric_only", true))));
        // float and bool columns share an object block in pandas: the row sums are Python sums
        assertEquals("0    91.5\n1       0\n2    71.0\ndtype: object",
                Py.repr(call(df, "sum", Args.of().with("axis", 1L).with("numeric_only", true))));
        assertEquals("0    45.75\n1     0.00\n2    35.50\ndtype: float64",
                Py.repr(call(df, "mean", Args.of().with("axis", "columns").with("numeric_only", true))));
        assertError("ValueError: No axis named 2 for object type DataFrame",
                () -> call(df, "sum", Args.of().with("axis", 2L)));
    }

    @Test
    void getDummiesTakesPandasDtypePrefixAndItsErrors() {
        PyModule pd = module("pandas");
        Object df = call(pd, "read_csv", "scores.csv");
        Object dummies = call(pd, "get_dummies", Args.of(df).with("columns", PyList.of("name")).with("dtype",
                Py.getAttr(module("numpy"), "int64")).with("prefix", "n").with("prefix_sep", "-"));
        assertEquals("   score  passed  n-Kim  n-Lee  n-Park\n0   90.5    True      1      0       0\n"
                + "1    NaN   False      0      1       0\n2   70.0    True      0      0       1", Py.repr(dummies));
        Object floats = call(pd, "get_dummies", Args.of(Py.getItem(df, "name")).with("dtype", "float"));
        assertEquals("   Kim  Lee  Park\n0  1.0  0.0   0.0\n1  0.0  1.0   0.0\n2  0.0  0.0   1.0", Py.repr(floats));
        assertError("KeyError: \"None of [Index(['zzz'], dtype='object')] are in the [columns]\"",
                () -> call(pd, "get_dummies", Args.of(df).with("columns", PyList.of("zzz"))));
        assertError("TypeError: Input must be a list-like for parameter `columns`",
                () -> call(pd, "get_dummies", Args.of(df).with("columns", "name")));
        assertError("ValueError: Length of 'prefix' (2) did not match the length of the columns being encoded (1).",
                () -> call(pd, "get_dummies", Args.of(df).with("prefix", PyList.of("a", "b"))));
        assertError("KeyError: ['zzz']", () -> call(df, "dropna", Args.of().with("subset", PyList.of("zzz"))));
    }

    @Test
    void textColumnsJoinRepeatAndFailAsPythonDoes() {
        Object df = call(module("pandas"), "read_csv", "scores.csv");
        Object name = Py.getItem(df, "name");
        Object score = Py.getItem(df, "score");
        assertEquals("0     Kim!\n1     Lee!\n2    Park!\nName: name, dtype: object", Py.repr(Py.binary(Op.ADD, name, "!")));
        assertEquals("0      KimKim\n1      LeeLee\n2    ParkPark\nName: name, dtype: object",
                Py.repr(Py.binary(Op.MUL, 2L, name)));
        assertError("TypeError: can only concatenate str (not \"int\") to str", () -> Py.binary(Op.ADD, name, 1L));
        assertError("TypeError: unsupported operand type(s) for +: 'float' and 'str'",
                () -> Py.binary(Op.ADD, score, name));
        assertError("numpy._core._exceptions._UFuncNoLoopError: ufunc 'add' did not contain a loop with signature"
                + " matching types (dtype('float64'), dtype('<U1')) -> None", () -> Py.binary(Op.ADD, score, "x"));
        // the result keeps a name both operands share
        assertEquals("0    181.0\n1      NaN\n2    140.0\nName: score, dtype: float64",
                Py.repr(Py.binary(Op.ADD, score, score)));
        assertEquals("0     True\n1    False\n2    False\ndtype: bool", Py.repr(Py.binary(Op.AND,
                Py.compare(Op.GT, score, 80L), Py.getItem(df, "passed"))));
    }

    @Test
    void aDataFrameColumnSplitsAndScalesLikeAnArray() {
        PyModule pd = module("pandas");
        Object iris = Py.call(Py.getAttr(module("sklearn.datasets"), "load_iris"), Args.of().with("as_frame", true));
        Object frame = Py.getAttr(iris, "frame");
        Object x = Py.call(Py.getAttr(frame, "drop"), Args.of().with("columns", PyList.of("target")));
        Object y = Py.getItem(frame, "target");
        PyList parts = (PyList) Py.call(Py.getAttr(module("sklearn.model_selection"), "train_test_split"),
                Args.of(x, y).with("random_state", 0L));
        assertEquals("DataFrame", Py.typeName(parts.get(0)));
        assertEquals("Series", Py.typeName(parts.get(2)));
        Object scaler = Py.call(Py.getAttr(module("sklearn.preprocessing"), "MinMaxScaler"), Args.of());
        Object scaled = call(scaler, "fit_transform", parts.get(0));
        assertEquals("(112, 4)", Py.repr(Py.getAttr(scaled, "shape")));
        assertEquals("['sepal length (cm)', 'sepal width (cm)', 'petal length (cm)', 'petal width (cm)']",
                Py.repr(Py.getAttr(scaler, "feature_names_in_")));
        call(scaler, "transform", Py.getAttr(parts.get(1), "values"));
        assertEquals("UserWarning: X does not have valid feature names, but MinMaxScaler was fitted with feature"
                + " names\n", err.toString());
        Object dummies = call(pd, "get_dummies", y);
        assertEquals("(150, 3)", Py.repr(Py.getAttr(dummies, "shape")));
    }

    @Test
    void classificationReportAsAString() {
        Object report = call(module("sklearn.metrics"), "classification_report", PyList.of(0L, 1L, 1L),
                PyList.of(0L, 1L, 0L));
        assertEquals("              precision    recall  f1-score   support\n\n"
                + "           0       0.50      1.00      0.67         1\n"
                + "           1       1.00      0.50      0.67         2\n\n"
                + "    accuracy                           0.67         3\n"
                + "   macro avg       0.75      0.75      0.67         3\n"
                + "weighted avg       0.83      0.67      0.67         3\n", report);
    }
}
