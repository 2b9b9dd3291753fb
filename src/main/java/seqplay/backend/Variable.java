package seqplay.backend;

import seqplay.tensor.Tensor;

/**
 * A trainable weight: its value and the gradient of the loss with respect to it, both flat and row-major.
 *
 * <p>Optimizers see only a flat list of these, never layers (as in micrograd and Keras' own optimizer loop).
 *
 * <pre>{@code
 * dense.kernel   # shape (4, 3): value[i * 3 + j] is the weight from input i to unit j
 * }</pre>
 */
public final class Variable {
    private final String name;
    private final String path;
    private final int[] shape;
    private final double[] value;
    private final double[] grad;
    private final boolean trainable;

    /**
     * @param name  Keras' short name, {@code kernel} or {@code bias}
     * @param path  the full path, e.g. {@code sequential/dense/kernel}
     * @param shape the weight's shape, e.g. {@code (4, 3)}
     */
    public Variable(String name, String path, int[] shape, boolean trainable) {
        this.name = name;
        this.path = path;
        this.shape = shape.clone();
        int size = Tensor.sizeOf(shape);
        this.value = new double[size];
        this.grad = new double[size];
        this.trainable = trainable;
    }

    public String name() {
        return name;
    }

    public String path() {
        return path;
    }

    public int[] shape() {
        return shape.clone();
    }

    public int size() {
        return value.length;
    }

    /** The live values; optimizers and layers update them in place. */
    public double[] value() {
        return value;
    }

    /** The gradient of the current batch's loss with respect to each value. */
    public double[] grad() {
        return grad;
    }

    public boolean trainable() {
        return trainable;
    }

    /** A copy of the current value as a tensor of this variable's shape. */
    public Tensor snapshot() {
        return new Tensor(shape, value.clone());
    }

    /** Replaces the value, checking the shape the way {@code set_weights} does. */
    public void assign(double[] newValue) {
        if (newValue.length != value.length) {
            throw new IllegalArgumentException("size mismatch for " + path);
        }
        System.arraycopy(newValue, 0, value, 0, value.length);
    }
}
