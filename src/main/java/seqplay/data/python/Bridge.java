package seqplay.data.python;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import seqplay.backend.Session;
import seqplay.data.pandas.DataFrame;
import seqplay.data.pandas.Series;
import seqplay.data.sklearn.Warnings;
import seqplay.errors.PyException;
import seqplay.lang.Context;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyList;
import seqplay.lang.runtime.PySequence;
import seqplay.lang.runtime.PyTuple;
import seqplay.numpy.NdArray;
import seqplay.numpy.python.Convert;
import seqplay.numpy.python.PyArray;
import seqplay.random.SeededRandom;

/** Conversions between Python values and the data layer's Java API, and the run's shared pieces. */
final class Bridge {
    private Bridge() {
    }

    /**
     * An array-like argument for the Java API: an {@link NdArray}, a {@link DataFrame}, a {@link Series}, or a
     * Java List of Python scalars (nested for 2-D).
     */
    static Object arrayLike(Object v) {
        if (v instanceof PyArray a) {
            return a.array();
        }
        if (v instanceof PyFrame f) {
            return f.frame();
        }
        if (v instanceof PySeriesObject s) {
            return s.series();
        }
        if (v instanceof PySequence s) {
            List<Object> out = new ArrayList<>();
            for (Object item : s.items()) {
                out.add(item instanceof PySequence || item instanceof PyArray ? arrayLike(item) : scalar(item));
            }
            return out;
        }
        if (v == Py.NONE) {
            throw PyException.typeError("Expected sequence or array-like, got <class 'NoneType'>");
        }
        return Convert.toArray(v);
    }

    /** A Python scalar as the Java value the data layer stores (None becomes null). */
    static Object scalar(Object v) {
        return v == Py.NONE ? null : v;
    }

    /** A Java result as a Python value. */
    static Object toPython(Object v, Context ctx) {
        if (v == null) {
            return Py.NONE;
        }
        if (v instanceof NdArray a) {
            return Convert.wrap(a);
        }
        if (v instanceof DataFrame f) {
            return new PyFrame(f, ctx);
        }
        if (v instanceof Series s) {
            return new PySeriesObject(s, ctx);
        }
        if (v instanceof List<?> l) {
            PyList out = new PyList();
            for (Object item : l) {
                out.append(toPython(item, ctx));
            }
            return out;
        }
        return v;
    }

    /** A list or tuple of labels (or one label) as a Java list. */
    static List<Object> labels(Object v) {
        List<Object> out = new ArrayList<>();
        if (v instanceof PySequence s) {
            for (Object item : s.items()) {
                out.add(scalar(item));
            }
        } else if (v instanceof PyColumns c) {
            out.addAll(c.labels());
        } else {
            out.add(scalar(v));
        }
        return out;
    }

    /** The run's Keras/numpy session: {@code np.random.seed} and {@code keras.utils.set_random_seed} seed it. */
    static Session session(Context ctx) {
        return ctx.state(Session.class, () -> new Session(ctx.seed() < 0 ? Session.DEFAULT_SEED : ctx.seed()));
    }

    /** The generator for a {@code random_state} argument. */
    static SeededRandom random(Object randomState, Context ctx, String caller) {
        return seqplay.data.sklearn.RandomStates.resolve(scalar(randomState), session(ctx).random(), caller);
    }

    private static final class Seen {
        final Set<String> messages = new HashSet<>();
    }

    /** Warnings to standard error, each text once per run (Python's default warning filter). */
    static Warnings warnings(Context ctx) {
        Seen seen = ctx.state(Seen.class, Seen::new);
        return (category, message) -> {
            if (seen.messages.add(category + message)) {
                ctx.output().writeError(category + ": " + message + "\n");
            }
        };
    }

    /** {@code (a, b)} as a Python tuple. */
    static PyTuple tuple(Object... items) {
        return PyTuple.of(items);
    }

    /** An int argument that may be None. */
    static Integer optionalInt(Object v) {
        return v == Py.NONE ? null : Py.toInt(v);
    }
}
