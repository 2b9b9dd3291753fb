package seqplay.lang.keras;

import java.util.function.Consumer;
import java.util.function.Supplier;
import seqplay.format.PyFloat;
import seqplay.lang.runtime.Op;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyInstance;
import seqplay.lang.runtime.PyTuple;
import seqplay.lang.runtime.PyType;
import seqplay.numpy.DType;
import seqplay.numpy.NdArray;
import seqplay.numpy.python.ArrayLike;
import seqplay.numpy.python.Convert;
import seqplay.numpy.python.PyArray;
import seqplay.tensor.Maths;
import seqplay.tensor.Tensor;

/**
 * A Keras 3 {@code Variable}: a layer's {@code kernel}/{@code bias}, an optimizer's {@code learning_rate} and
 * {@code iterations}. It prints as Keras 3's {@code __repr__} (keras/src/backend/common/variables.py):
 *
 * <pre>{@code
 * <Variable path=sequential/dense/kernel, shape=(2, 1), dtype=float32, value=[[-0.81653005]
 *  [-0.68458945]]>
 * <Variable path=adam/learning_rate, shape=(), dtype=float32, value=0.0010000000474974513>
 * }</pre>
 *
 * The value is read live, so a variable taken before {@code fit} prints the trained weights afterwards, and
 * {@code assign} writes through: {@code model.optimizer.learning_rate.assign(0.01)} changes the rate the next
 * batch uses. {@code .numpy()}, {@code np.array(v)} and arithmetic see a numpy array of the value.
 *
 * <pre>{@code
 * w = model.layers[0].kernel
 * print(w.shape, w.dtype, w.path)     # (2, 1) float32 sequential/dense/kernel
 * model.optimizer.learning_rate.assign(0.01)
 * }</pre>
 */
final class VariableObject extends PyInstance implements ArrayLike {
    static final PyType TYPE = PyType.builder("Variable", "keras.src.backend.tensorflow.core", VariableObject.class)
            .property("name", v -> v.name)
            .property("path", v -> v.path)
            // Keras note: the TensorFlow backend returns a tf.TensorShape, whose repr is TensorShape([2, 1]); it
            // prints as the tuple does, (2, 1).
            .property("shape", v -> shapeTuple(v.shape))
            .property("ndim", v -> (long) v.shape.length)
            .property("dtype", v -> v.dtype.pythonName())
            .property("trainable", v -> v.trainable)
            .method("numpy", "Variable.numpy(self)", (v, a) -> Convert.wrap(v.asNdArray()))
            .method("assign", "Variable.assign(self, value)", (v, a) -> v.assign(a[1]))
            .method("assign_add", "Variable.assign_add(self, value)",
                    (v, a) -> v.assign(v.arithmetic(Op.ADD, a[1], false)))
            .method("assign_sub", "Variable.assign_sub(self, value)",
                    (v, a) -> v.assign(v.arithmetic(Op.SUB, a[1], false)))
            .build();

    private final String name;
    private final String path;
    private final int[] shape;
    private final DType dtype;
    private final boolean trainable;
    private final Supplier<double[]> reader;
    private final Consumer<double[]> writer;

    /**
     * @param reader the live values, row-major (float32 variables are rounded when shown)
     * @param writer stores new values of the right size and shape, or null for a variable the playground keeps
     *               read-only
     */
    VariableObject(String name, String path, int[] shape, DType dtype, boolean trainable, Supplier<double[]> reader,
            Consumer<double[]> writer) {
        this.name = name;
        this.path = path;
        this.shape = shape.clone();
        this.dtype = dtype;
        this.trainable = trainable;
        this.reader = reader;
        this.writer = writer;
    }

    /** A layer's weight: {@code kernel} or {@code bias}, read and written in place. */
    static VariableObject of(seqplay.backend.Variable v, String path) {
        return new VariableObject(v.name(), path, v.shape(), DType.FLOAT32, v.trainable(), v::value,
                values -> v.assign(values));
    }

    /** A float32 scalar such as an optimizer's learning rate. */
    static VariableObject scalar(String name, String path, DType dtype, Supplier<Double> get, Consumer<Double> set) {
        return new VariableObject(name, path, new int[0], dtype, false, () -> new double[] {get.get()},
                set == null ? null : values -> set.accept(values[0]));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The value as numpy holds it: float32 values rounded, a 0-d array for a scalar. */
    @Override
    public NdArray asNdArray() {
        double[] d = reader.get().clone();
        if (dtype == DType.FLOAT32) {
            for (int i = 0; i < d.length; i++) {
                d[i] = Maths.roundToFloat32(d[i]);
            }
        }
        return new NdArray(dtype, shape, d);
    }

    @Override
    public String repr() {
        // Keras formats the value with an f-string: a 0-d array formats as its Python scalar (float32 digits
        // widened to a double's, 0.0010000000474974513), any other array as str(array).
        NdArray value = asNdArray();
        String text;
        if (shape.length == 0) {
            double x = value.data()[0];
            text = dtype == DType.INT64 ? Long.toString((long) x) : PyFloat.repr(x);
        } else {
            text = new PyArray(value).str();
        }
        return "<Variable path=" + path + ", shape=" + Tensor.shapeString(shape) + ", dtype=" + dtype.pythonName()
                + ", value=" + text + ">";
    }

    @Override
    public boolean truthy() {
        throw Py.typeError("A Keras Variable cannot be used as a boolean.");
    }

    @Override
    public Object getItem(Object key) {
        // Keras note: Keras returns a tf.Tensor for v[i]; the playground returns the numpy value's item.
        return new PyArray(asNdArray()).getItem(key);
    }

    @Override
    public int length() {
        if (shape.length == 0) {
            throw Py.typeError("len() of unsized object");
        }
        return shape[0];
    }

    @Override
    public java.util.Iterator<Object> iterator() {
        return new PyArray(asNdArray()).iterator();
    }

    // Keras note: Keras computes v + 1, v * 2... with the backend and returns a tf.Tensor
    // (printed tf.Tensor(0.002, shape=(), dtype=float32)); the playground returns the numpy array (or numpy
    // scalar) of the same value, as numpy computes it from np.array(v).
    @Override
    public Object binaryOp(Op op, Object other, boolean reflected) {
        return arithmetic(op, other instanceof VariableObject o ? Convert.wrap(o.asNdArray()) : other, reflected);
    }

    private Object arithmetic(Op op, Object other, boolean reflected) {
        return new PyArray(asNdArray()).binaryOp(op, other, reflected);
    }

    @Override
    public Object unaryOp(String op) {
        if ((op.equals("float") || op.equals("int")) && shape.length > 0) {
            throw Py.typeError("Only scalar arrays can be converted to Python scalars. Got: shape="
                    + Tensor.shapeString(shape));
        }
        return new PyArray(asNdArray()).unaryOp(op);
    }

    /**
     * {@code v.assign(value)}: Keras' shape check and message, then the value converted to the variable's dtype.
     * Returns the value assigned.
     */
    // Keras note: Keras returns the assigned value as a tf.Tensor; the playground returns it as a numpy array.
    Object assign(Object value) {
        NdArray given = Convert.toArray(value);
        if (!java.util.Arrays.equals(given.shape(), shape)) {
            throw Py.valueError("The shape of the target variable and the shape of the target value in "
                    + "`variable.assign(value)` must match. variable.shape=" + Tensor.shapeString(shape)
                    + ", Received: value.shape=" + Tensor.shapeString(given.shape()) + ". Target variable: " + repr());
        }
        if (writer == null) {
            throw new seqplay.errors.PyException("NotImplementedError", "Assigning to " + path
                    + " is not supported in the playground");
        }
        writer.accept(given.data().clone());
        return Convert.wrap(asNdArray());
    }

    private static PyTuple shapeTuple(int[] shape) {
        Object[] dims = new Object[shape.length];
        for (int i = 0; i < shape.length; i++) {
            dims[i] = (long) shape[i];
        }
        return PyTuple.of(dims);
    }
}
