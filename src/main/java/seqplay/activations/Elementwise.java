package seqplay.activations;

/**
 * An activation applied to each entry on its own: {@code a = f(z)}, {@code dL/dz = dL/da · f'(z)}.
 *
 * <p>Each subclass states its formula and its derivative side by side; the loops are written once here. The
 * derivative receives both the input and the output, so functions whose derivative is cheapest in terms of the
 * output (sigmoid {@code a(1−a)}, tanh {@code 1−a²}, exponential {@code a}) need no second evaluation.
 */
abstract class Elementwise implements Activation {
    private final String name;

    Elementwise(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    /** f(x). */
    abstract double value(double x);

    /** f'(x), given x and a = f(x). */
    abstract double derivative(double x, double a);

    @Override
    public void forward(double[] z, double[] out, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            out[i] = value(z[i]);
        }
    }

    @Override
    public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
        // derivative(...) stays the left operand: if TeaVM inlines a derivative such as 1 / (d·d), a right operand
        // of × would lose its parentheses in JavaScript (see Maths, TEAVM_ORDER).
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            gradZ[i] = derivative(z[i], a[i]) * gradA[i];
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
