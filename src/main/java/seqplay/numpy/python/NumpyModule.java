package seqplay.numpy.python;

import java.util.ArrayList;
import java.util.List;
import seqplay.backend.Session;
import seqplay.lang.Context;
import seqplay.lang.runtime.Modules;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyFunction;
import seqplay.lang.runtime.PyList;
import seqplay.lang.runtime.PyModule;
import seqplay.lang.runtime.PyTuple;
import seqplay.numpy.DType;
import seqplay.numpy.NdArray;
import seqplay.numpy.NpRandom;
import seqplay.numpy.Numpy;
import seqplay.numpy.Reductions;
import seqplay.numpy.Ufuncs;
import seqplay.tensor.Maths;

/**
 * {@code import numpy as np} and {@code np.random}: the module functions over {@link Numpy}, {@link Reductions},
 * {@link Ufuncs} and {@link NpRandom}.
 *
 * <p>The random module draws from the run's {@link Session} generator, found with
 * {@code ctx.state(Session.class, ...)} and created with the host's seed ({@link Session#DEFAULT_SEED} when none),
 * so {@code np.random.seed(42)} and {@code keras.utils.set_random_seed(42)} seed the same generator.
 *
 * <pre>{@code
 * NumpyModule.register(modules);
 * // import numpy as np; x = np.linspace(0, 1, 5); np.random.seed(0)
 * }</pre>
 */
public final class NumpyModule {
    private NumpyModule() {
    }

    /** Registers {@code numpy} and {@code numpy.random}. */
    public static void register(Modules modules) {
        modules.register("numpy", NumpyModule::create);
        modules.register("numpy.random", NumpyModule::createRandom);
    }

    /** The run's session, shared with the Keras bindings. */
    static Session session(Context ctx) {
        return ctx.state(Session.class, () -> new Session(ctx.seed() < 0 ? Session.DEFAULT_SEED : ctx.seed()));
    }

    private static NdArray arr(Object o) {
        return Convert.toArray(o);
    }

    private static DType dtypeOr(Object o, DType fallback) {
        DType t = Convert.dtype(o);
        return t == null ? fallback : t;
    }

    private static List<NdArray> arrays(Object seq) {
        List<NdArray> out = new ArrayList<>();
        for (Object o : Py.toList(seq)) {
            out.add(arr(o));
        }
        return out;
    }

    private static PyFunction unary(String name, Ufuncs.Fn fn) {
        return PyFunction.of(name + "(x, /)", a -> {
            NdArray r = Ufuncs.apply(fn, arr(a[0]));
            Object own = a[0] instanceof ArrayLike like ? like.wrapElementwise(r) : null;
            return own != null ? own : Convert.result(r);
        });
    }

    private static PyFunction binary(String name, seqplay.lang.runtime.Op op) {
        return PyFunction.of(name + "(x1, x2, /)",
                a -> PyArray.applyBinary(op, Convert.operand(a[0]), Convert.operand(a[1])));
    }

    private static PyFunction binaryUfunc(String name, Ufuncs.Op op) {
        return PyFunction.of(name + "(x1, x2, /)",
                a -> Convert.result(Ufuncs.apply(op, Convert.operand(a[0]), Convert.operand(a[1]))));
    }

    private static PyFunction reduction(String name, Reductions.Kind kind) {
        return PyFunction.of(name + "(a, axis=None, out=None, keepdims=False)",
                a -> Convert.result(Reductions.reduce(kind, arr(a[0]), Convert.axis(a[1]), Py.truthy(a[3]))));
    }

    static PyModule create(Context ctx) {
        PyModule m = new PyModule("numpy");
        m.add("ndarray", PyArray.TYPE);
        m.add("float64", new PyScalarType("float64", DType.FLOAT64));
        m.add("float32", new PyScalarType("float32", DType.FLOAT32));
        m.add("int64", new PyScalarType("int64", DType.INT64));
        m.add("int32", new PyScalarType("int32", DType.INT64));
        m.add("int_", new PyScalarType("int64", DType.INT64));
        m.add("bool_", new PyScalarType("bool", DType.BOOL));
        m.add("number", new PyScalarType("number", null));
        m.add("integer", new PyScalarType("integer", null));
        m.add("floating", new PyScalarType("floating", null));
        m.add("pi", Maths.PI);
        m.add("e", 2.718281828459045);
        m.add("nan", Double.NaN);
        m.add("inf", Double.POSITIVE_INFINITY);
        m.add("newaxis", Py.NONE);

        m.add("array", PyFunction.of("array(object, dtype=None, *, copy=True, ndmin=0)", a -> {
            NdArray x = Numpy.array(Convert.toJava(a[0]), Convert.dtype(a[1]));
            int ndmin = Py.toInt(a[3]);
            while (x.ndim() < ndmin) {
                x = Numpy.expandDims(x, 0);
            }
            return Convert.wrap(x);
        }));
        m.add("asarray", PyFunction.of("asarray(a, dtype=None)", a -> {
            NdArray x = arr(a[0]);
            DType t = Convert.dtype(a[1]);
            if (t != null && t != x.dtype()) {
                x = x.astype(t);
            }
            return a[0] instanceof PyArray p && p.array() == x ? p : Convert.wrap(x);
        }));
        m.add("copy", PyFunction.of("copy(a)", a -> Convert.wrap(arr(a[0]).copy())));
        m.add("zeros", PyFunction.of("zeros(shape, dtype=None)",
                a -> Convert.wrap(Numpy.zeros(Convert.shape(a[0]), dtypeOr(a[1], DType.FLOAT64)))));
        m.add("ones", PyFunction.of("ones(shape, dtype=None)",
                a -> Convert.wrap(Numpy.ones(Convert.shape(a[0]), dtypeOr(a[1], DType.FLOAT64)))));
        m.add("empty", PyFunction.of("empty(shape, dtype=None)",
                a -> Convert.wrap(Numpy.zeros(Convert.shape(a[0]), dtypeOr(a[1], DType.FLOAT64)))));
        m.add("full", PyFunction.of("full(shape, fill_value, dtype=None)", a -> Convert.wrap(Numpy.full(
                Convert.shape(a[0]), Py.toDouble(a[1]), dtypeOr(a[2], scalarType(a[1]))))));
        m.add("zeros_like", PyFunction.of("zeros_like(a, dtype=None)", a -> {
            NdArray x = arr(a[0]);
            return Convert.wrap(Numpy.zeros(x.shape(), dtypeOr(a[1], x.dtype())));
        }));
        m.add("ones_like", PyFunction.of("ones_like(a, dtype=None)", a -> {
            NdArray x = arr(a[0]);
            return Convert.wrap(Numpy.ones(x.shape(), dtypeOr(a[1], x.dtype())));
        }));
        m.add("full_like", PyFunction.of("full_like(a, fill_value, dtype=None)", a -> {
            NdArray x = arr(a[0]);
            return Convert.wrap(Numpy.full(x.shape(), Py.toDouble(a[1]), dtypeOr(a[2], x.dtype())));
        }));
        m.add("arange", PyFunction.of("arange(start, stop=None, step=None, dtype=None)", a -> {
            Object start = a[0];
            Object stop = a[1];
            Object step = a[2];
            if (stop == Py.NONE) {
                stop = start;
                start = 0L;
            }
            if (step == Py.NONE) {
                step = 1L;
            }
            boolean allInts = !(start instanceof Double) && !(stop instanceof Double) && !(step instanceof Double);
            DType t = dtypeOr(a[3], allInts ? DType.INT64 : DType.FLOAT64);
            return Convert.wrap(Numpy.arange(Py.toDouble(start), Py.toDouble(stop), Py.toDouble(step), t));
        }));
        m.add("linspace", PyFunction.of(
                "linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0)", a -> {
                    int num = Py.toInt(a[2]);
                    boolean endpoint = Py.truthy(a[3]);
                    NdArray y = Numpy.linspace(Py.toDouble(a[0]), Py.toDouble(a[1]), num, endpoint,
                            Convert.dtype(a[5]));
                    if (Py.truthy(a[4])) {
                        int div = endpoint ? num - 1 : num;
                        double step = div > 0 ? (Py.toDouble(a[1]) - Py.toDouble(a[0])) / div : Double.NaN;
                        return PyTuple.of(Convert.wrap(y), step);
                    }
                    return Convert.wrap(y);
                }));
        m.add("eye", PyFunction.of("eye(N, M=None, k=0, dtype=None)", a -> Convert.wrap(Numpy.eye(Py.toInt(a[0]),
                a[1] == Py.NONE ? null : Py.toInt(a[1]), Py.toInt(a[2]), dtypeOr(a[3], DType.FLOAT64)))));
        m.add("identity", PyFunction.of("identity(n, dtype=None)",
                a -> Convert.wrap(Numpy.eye(Py.toInt(a[0]), null, 0, dtypeOr(a[1], DType.FLOAT64)))));

        m.add("concatenate", PyFunction.of("concatenate(arrays, axis=0)",
                a -> Convert.wrap(Numpy.concatenate(arrays(a[0]), Py.toInt(a[1])))));
        m.add("vstack", PyFunction.of("vstack(tup)", a -> Convert.wrap(Numpy.vstack(arrays(a[0])))));
        m.add("hstack", PyFunction.of("hstack(tup)", a -> Convert.wrap(Numpy.hstack(arrays(a[0])))));
        m.add("column_stack", PyFunction.of("column_stack(tup)", a -> Convert.wrap(Numpy.columnStack(arrays(a[0])))));
        m.add("stack", PyFunction.of("stack(arrays, axis=0)",
                a -> Convert.wrap(Numpy.stack(arrays(a[0]), Py.toInt(a[1])))));

        m.add("reshape", PyFunction.of("reshape(a, newshape)",
                a -> Convert.wrap(arr(a[0]).reshape(Convert.shape(a[1])))));
        m.add("ravel", PyFunction.of("ravel(a)", a -> Convert.wrap(arr(a[0]).flatten())));
        m.add("transpose", PyFunction.of("transpose(a, axes=None)", a -> Convert.wrap(a[1] == Py.NONE
                ? arr(a[0]).transpose() : arr(a[0]).transpose(Convert.shape(a[1])))));
        m.add("expand_dims", PyFunction.of("expand_dims(a, axis)",
                a -> Convert.wrap(Numpy.expandDims(arr(a[0]), Py.toInt(a[1])))));
        m.add("squeeze", PyFunction.of("squeeze(a, axis=None)",
                a -> Convert.wrap(Numpy.squeeze(arr(a[0]), Convert.axis(a[1])))));
        m.add("shape", PyFunction.of("shape(a)", a -> PyArray.shapeTuple(arr(a[0]).shape())));
        m.add("size", PyFunction.of("size(a)", a -> (long) arr(a[0]).size()));
        m.add("ndim", PyFunction.of("ndim(a)", a -> (long) arr(a[0]).ndim()));

        m.add("sum", reduction("sum", Reductions.Kind.SUM));
        m.add("prod", reduction("prod", Reductions.Kind.PROD));
        m.add("max", reduction("max", Reductions.Kind.MAX));
        m.add("min", reduction("min", Reductions.Kind.MIN));
        m.add("amax", reduction("amax", Reductions.Kind.MAX));
        m.add("amin", reduction("amin", Reductions.Kind.MIN));
        m.add("all", reduction("all", Reductions.Kind.ALL));
        m.add("any", reduction("any", Reductions.Kind.ANY));
        m.add("mean", PyFunction.of("mean(a, axis=None, dtype=None, out=None, keepdims=False)",
                a -> Convert.result(Reductions.mean(arr(a[0]), Convert.axis(a[1]), Py.truthy(a[4])))));
        m.add("median", PyFunction.of("median(a, axis=None, out=None, overwrite_input=False, keepdims=False)",
                a -> Convert.result(Reductions.median(arr(a[0]), Convert.axis(a[1]), Py.truthy(a[4])))));
        m.add("std", PyFunction.of("std(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False)",
                a -> Convert.result(Reductions.std(arr(a[0]), Convert.axis(a[1]), Py.toInt(a[4]), Py.truthy(a[5])))));
        m.add("var", PyFunction.of("var(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False)",
                a -> Convert.result(Reductions.var(arr(a[0]), Convert.axis(a[1]), Py.toInt(a[4]), Py.truthy(a[5])))));
        m.add("argmax", PyFunction.of("argmax(a, axis=None, out=None, keepdims=False)",
                a -> Convert.result(Reductions.arg(true, arr(a[0]), Convert.axis(a[1]), Py.truthy(a[3])))));
        m.add("argmin", PyFunction.of("argmin(a, axis=None, out=None, keepdims=False)",
                a -> Convert.result(Reductions.arg(false, arr(a[0]), Convert.axis(a[1]), Py.truthy(a[3])))));
        m.add("cumsum", PyFunction.of("cumsum(a, axis=None)",
                a -> Convert.wrap(Numpy.cumsum(arr(a[0]), Convert.axis(a[1])))));

        PyFunction round = PyFunction.of("round(a, decimals=0, out=None)",
                a -> Convert.result(Numpy.round(arr(a[0]), Py.toInt(a[1]))));
        m.add("round", round);
        m.add("around", PyFunction.of("around(a, decimals=0, out=None)",
                a -> Convert.result(Numpy.round(arr(a[0]), Py.toInt(a[1])))));
        m.add("sqrt", unary("sqrt", Ufuncs.Fn.SQRT));
        m.add("exp", unary("exp", Ufuncs.Fn.EXP));
        m.add("expm1", unary("expm1", Ufuncs.Fn.EXPM1));
        m.add("log", unary("log", Ufuncs.Fn.LOG));
        m.add("log1p", unary("log1p", Ufuncs.Fn.LOG1P));
        m.add("log2", unary("log2", Ufuncs.Fn.LOG2));
        m.add("log10", unary("log10", Ufuncs.Fn.LOG10));
        m.add("abs", unary("absolute", Ufuncs.Fn.ABSOLUTE));
        m.add("absolute", unary("absolute", Ufuncs.Fn.ABSOLUTE));
        m.add("sin", unary("sin", Ufuncs.Fn.SIN));
        m.add("cos", unary("cos", Ufuncs.Fn.COS));
        m.add("tanh", unary("tanh", Ufuncs.Fn.TANH));
        m.add("square", unary("square", Ufuncs.Fn.SQUARE));
        m.add("floor", unary("floor", Ufuncs.Fn.FLOOR));
        m.add("ceil", unary("ceil", Ufuncs.Fn.CEIL));
        m.add("rint", unary("rint", Ufuncs.Fn.RINT));
        m.add("sign", unary("sign", Ufuncs.Fn.SIGN));
        m.add("isnan", unary("isnan", Ufuncs.Fn.ISNAN));
        m.add("isinf", unary("isinf", Ufuncs.Fn.ISINF));
        m.add("isfinite", unary("isfinite", Ufuncs.Fn.ISFINITE));
        m.add("logical_not", unary("logical_not", Ufuncs.Fn.LOGICAL_NOT));
        m.add("negative", unary("negative", Ufuncs.Fn.NEGATIVE));
        m.add("add", binary("add", seqplay.lang.runtime.Op.ADD));
        m.add("subtract", binary("subtract", seqplay.lang.runtime.Op.SUB));
        m.add("multiply", binary("multiply", seqplay.lang.runtime.Op.MUL));
        m.add("divide", binary("divide", seqplay.lang.runtime.Op.TRUEDIV));
        m.add("power", binary("power", seqplay.lang.runtime.Op.POW));
        m.add("maximum", binaryUfunc("maximum", Ufuncs.Op.MAXIMUM));
        m.add("minimum", binaryUfunc("minimum", Ufuncs.Op.MINIMUM));
        m.add("logical_and", PyFunction.of("logical_and(x1, x2, /)", a -> Convert.result(Ufuncs.apply(
                Ufuncs.Op.LOGICAL_AND, arr(a[0]).astype(DType.BOOL), arr(a[1]).astype(DType.BOOL)))));
        m.add("logical_or", PyFunction.of("logical_or(x1, x2, /)", a -> Convert.result(Ufuncs.apply(
                Ufuncs.Op.LOGICAL_OR, arr(a[0]).astype(DType.BOOL), arr(a[1]).astype(DType.BOOL)))));

        m.add("where", PyFunction.of("where(condition, x=None, y=None, /)", a -> {
            NdArray cond = arr(a[0]);
            if (a[1] == Py.NONE && a[2] == Py.NONE) {
                return nonzeroTuple(cond);
            }
            if (a[1] == Py.NONE || a[2] == Py.NONE) {
                throw Py.valueError("either both or neither of x and y should be given");
            }
            return Convert.result(Numpy.where(cond.dtype() == DType.BOOL ? cond : cond.astype(DType.BOOL),
                    Convert.operand(a[1]), Convert.operand(a[2])));
        }));
        m.add("nonzero", PyFunction.of("nonzero(a)", a -> nonzeroTuple(arr(a[0]))));
        m.add("unique", PyFunction.of(
                "unique(ar, return_index=False, return_inverse=False, return_counts=False, axis=None)", a -> {
                    if (Py.truthy(a[1]) || Py.truthy(a[2]) || a[4] != Py.NONE) {
                        throw Py.valueError("np.unique supports return_counts only in the playground");
                    }
                    Numpy.Unique u = Numpy.unique(arr(a[0]));
                    if (Py.truthy(a[3])) {
                        return PyTuple.of(Convert.wrap(u.values()), Convert.wrap(u.counts()));
                    }
                    return Convert.wrap(u.values());
                }));
        m.add("bincount", PyFunction.of("bincount(x, /, weights=None, minlength=0)", a -> {
            if (a[2] == Py.NONE) {
                throw Py.typeError("use 0 instead of None for minlength");
            }
            NdArray x = arr(a[0]);
            boolean array = a[0] instanceof PyArray || a[0] instanceof ArrayLike;
            if (!array && x.dtype().isFloat()) {
                // numpy 2.1 still casts a list of floats (toward zero), with a warning; an array of floats fails.
                if (x.size() > 0) {
                    ctx.output().writeError("DeprecationWarning: Non-integer input passed to bincount. In a future "
                            + "version of NumPy, this will be an error. (Deprecated NumPy 2.1)\n");
                }
                x = x.astype(DType.INT64);
            }
            return Convert.wrap(Numpy.bincount(x, a[1] == Py.NONE ? null : arr(a[1]), Py.toInt(a[2]), array,
                    a[1] instanceof PyArray || a[1] instanceof ArrayLike));
        }));
        m.add("clip", PyFunction.of("clip(a, a_min, a_max)",
                a -> Convert.result(Numpy.clip(arr(a[0]), PyArray.bound(a[1]), PyArray.bound(a[2])))));
        m.add("dot", PyFunction.of("dot(a, b)", a -> Convert.result(Numpy.dot(arr(a[0]), arr(a[1])))));
        m.add("matmul", PyFunction.of("matmul(x1, x2, /)",
                a -> Convert.result(Numpy.matmul(arr(a[0]), arr(a[1])))));
        m.add("argsort", PyFunction.of("argsort(a, axis=-1)",
                a -> Convert.wrap(Numpy.argsort(arr(a[0]), Convert.axis(a[1])))));
        m.add("sort", PyFunction.of("sort(a, axis=-1)",
                a -> Convert.wrap(Numpy.sort(arr(a[0]), Convert.axis(a[1])))));
        m.add("random", ctx.modules().load("numpy.random"));
        return m;
    }

    private static DType scalarType(Object v) {
        if (v instanceof Double) {
            return DType.FLOAT64;
        }
        if (v instanceof Boolean) {
            return DType.BOOL;
        }
        if (v instanceof PyFloat32) {
            return DType.FLOAT32;
        }
        return DType.INT64;
    }

    private static PyTuple nonzeroTuple(NdArray a) {
        List<Object> out = new ArrayList<>();
        for (NdArray idx : Numpy.nonzero(a)) {
            out.add(Convert.wrap(idx));
        }
        return new PyTuple(out);
    }

    /** {@code size=None} gives one Python value, a shape gives an array. */
    private static int[] size(Object v) {
        return v == Py.NONE ? null : Convert.shape(v);
    }

    private static Object draw(NdArray a, boolean single) {
        return single ? Convert.toPython(a.scalarAt(0)) : Convert.wrap(a);
    }

    static PyModule createRandom(Context ctx) {
        NpRandom r = new NpRandom(session(ctx).random());
        PyModule m = new PyModule("numpy.random");
        m.add("seed", PyFunction.of("seed(seed=None)", a -> {
            if (a[0] == Py.NONE) {
                throw Py.valueError("np.random.seed() needs a seed in the playground, so that runs reproduce");
            }
            r.seed(Py.indexValue(a[0], "Cannot cast scalar from dtype('float64') to dtype('int64') according to "
                    + "the rule 'safe'"));
            return Py.NONE;
        }));
        m.add("rand", PyFunction.of("rand(*args)", a -> {
            PyTuple dims = (PyTuple) a[0];
            return draw(r.rand(dims.size() == 0 ? new int[] {1} : Convert.shapeArgs(dims)), dims.size() == 0);
        }));
        m.add("random", PyFunction.of("random(size=None)", a -> {
            int[] s = size(a[0]);
            return draw(r.rand(s == null ? new int[] {1} : s), s == null);
        }));
        m.add("randn", PyFunction.of("randn(*args)", a -> {
            PyTuple dims = (PyTuple) a[0];
            return draw(r.randn(dims.size() == 0 ? new int[] {1} : Convert.shapeArgs(dims)), dims.size() == 0);
        }));
        m.add("uniform", PyFunction.of("uniform(low=0.0, high=1.0, size=None)", a -> {
            int[] s = size(a[2]);
            return draw(r.uniform(Py.toDouble(a[0]), Py.toDouble(a[1]), s == null ? new int[] {1} : s), s == null);
        }));
        m.add("normal", PyFunction.of("normal(loc=0.0, scale=1.0, size=None)", a -> {
            int[] s = size(a[2]);
            return draw(r.normal(Py.toDouble(a[0]), Py.toDouble(a[1]), s == null ? new int[] {1} : s), s == null);
        }));
        m.add("randint", PyFunction.of("randint(low, high=None, size=None, dtype=None)", a -> {
            long low = Py.indexValue(a[0], "");
            long high;
            if (a[1] == Py.NONE) {
                high = low;
                low = 0;
            } else {
                high = Py.indexValue(a[1], "");
            }
            int[] s = size(a[2]);
            return draw(r.randint(low, high, s == null ? new int[] {1} : s), s == null);
        }));
        m.add("shuffle", PyFunction.of("shuffle(x)", a -> {
            if (a[0] instanceof PyArray p) {
                r.shuffle(p.array());
            } else if (a[0] instanceof PyList list) {
                int[] perm = r.generator().permutation(list.size());
                List<Object> items = new ArrayList<>(list.items());
                for (int i = 0; i < perm.length; i++) {
                    list.setItem((long) i, items.get(perm[i]));
                }
            } else {
                throw Py.typeError("shuffle() needs a numpy array or a list in the playground");
            }
            return Py.NONE;
        }));
        m.add("permutation", PyFunction.of("permutation(x)", a -> {
            if (a[0] instanceof Long || a[0] instanceof Boolean) {
                return Convert.wrap(r.permutation(Py.toInt(a[0])));
            }
            return Convert.wrap(r.permutation(arr(a[0])));
        }));
        m.add("choice", PyFunction.of("choice(a, size=None, replace=True, p=None)", a -> {
            NdArray population;
            if (a[0] instanceof Long || a[0] instanceof Boolean) {
                int n = Py.toInt(a[0]);
                if (n <= 0) {
                    throw Py.valueError("a must be greater than 0 unless no samples are taken");
                }
                population = Numpy.arange(0, n, 1, DType.INT64);
            } else {
                population = arr(a[0]);
            }
            double[] p = a[3] == Py.NONE ? null : arr(a[3]).astype(DType.FLOAT64).data();
            int[] s = size(a[1]);
            return draw(r.choice(population, s == null ? new int[] {1} : s, Py.truthy(a[2]), p), s == null);
        }));
        return m;
    }
}
