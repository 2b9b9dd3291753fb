package seqplay.lang.keras;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import seqplay.backend.Session;
import seqplay.errors.PyException;
import seqplay.lang.Context;
import seqplay.lang.runtime.Ints;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyDict;
import seqplay.lang.runtime.PySequence;
import seqplay.numpy.DType;
import seqplay.numpy.NdArray;
import seqplay.numpy.Numpy;
import seqplay.numpy.python.Convert;
import seqplay.tensor.Tensor;

/** Conversions between Python values and the core's Java values at the Keras boundary. */
final class Values {
    private Values() {
    }

    /** The run's Keras session, shared with numpy's random module (the same key as {@code NumpyModule}). */
    static Session session(Context ctx) {
        return ctx.state(Session.class, () -> new Session(ctx.seed() < 0 ? Session.DEFAULT_SEED : ctx.seed()));
    }

    /** A Python value as the core's keyword values: None → null, sequences → Lists, numbers and str as they are. */
    static Object toJava(Object v) {
        if (v == Py.NONE) {
            return null;
        }
        if (v instanceof PySequence) {
            List<Object> out = new ArrayList<>();
            for (Object item : ((PySequence) v).items()) {
                out.add(toJava(item));
            }
            return out;
        }
        return v;
    }

    /** {@code **kwargs} (a {@link PyDict} slot) as the core's keyword map. */
    static Map<String, Object> kwargs(Object slot) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (slot instanceof PyDict) {
            for (Map.Entry<String, Object> e : ((PyDict) slot).asStringMap().entrySet()) {
                out.put(e.getKey(), toJava(e.getValue()));
            }
        }
        return out;
    }

    /** Data for fit/evaluate/predict: an ndarray, nested lists or numbers, as a Tensor. */
    static Tensor tensor(Object v, String what) {
        if (v == Py.NONE) {
            // Keras note: Keras 3 raises deep inside its data adapter; the playground names the argument.
            throw PyException.valueError("Expected `" + what + "` to be an array or a list of numbers. Received: "
                    + what + "=None");
        }
        NdArray a = Convert.toArray(v);
        return Numpy.toTensor(a);
    }

    /** A float32 result of the model (predictions, weights) as numpy returns it. */
    static Object float32(Tensor t) {
        return Convert.wrap(Numpy.fromTensorFloat32(t));
    }

    /** A float64 array (to_categorical's result). */
    static Object float64(Tensor t) {
        return Convert.wrap(Numpy.fromTensor(t, DType.FLOAT64));
    }

    /** An int argument that Keras requires to be a Python int (not a float, not a bool). */
    static int strictInt(Object v) {
        if (v instanceof Long) {
            long l = (Long) v;
            if (l > Integer.MAX_VALUE || l < Integer.MIN_VALUE) {
                throw Py.overflow("Python int too large to convert to C int");
            }
            return (int) l;
        }
        if (Ints.isInt(v) && !(v instanceof Boolean)) {
            throw Py.overflow("Python int too large to convert to C int");
        }
        return Integer.MIN_VALUE;
    }
}
