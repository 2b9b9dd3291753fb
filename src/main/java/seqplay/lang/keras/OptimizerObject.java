package seqplay.lang.keras;

import seqplay.lang.runtime.PyType;
import seqplay.numpy.DType;
import seqplay.optimizers.Optimizer;

/**
 * A Keras optimizer as Python sees it, with its name and its Keras 3 variables: {@code learning_rate} (a float32
 * Variable at {@code adam/learning_rate}) and {@code iterations} (int64, {@code adam/iteration}), read live from
 * the core optimizer; assigning the learning rate changes the rate the next update uses.
 *
 * <pre>{@code
 * opt = keras.optimizers.Adam(learning_rate=0.01)
 * print(opt.learning_rate)     # <Variable path=adam/learning_rate, shape=(), dtype=float32, value=0.009999999776482582>
 * opt.learning_rate = 0.001    # as opt.learning_rate.assign(0.001)
 * }</pre>
 */
final class OptimizerObject extends CoreObject {
    /** Keras' name, the class's default {@code adam}, {@code SGD}, {@code rmsprop}, {@code adagrad} or name=. */
    final String name;
    final VariableObject learningRate;
    final VariableObject iterations;

    OptimizerObject(PyType type, Optimizer optimizer, String name) {
        super(type, optimizer);
        this.name = name;
        this.learningRate = VariableObject.scalar("learning_rate", name + "/learning_rate", DType.FLOAT32,
                optimizer::learningRate, optimizer::setLearningRate);
        // Keras note: Keras lets a learner assign to iterations; the playground keeps the counter read-only.
        this.iterations = VariableObject.scalar("iteration", name + "/iteration", DType.INT64,
                () -> (double) optimizer.iterations(), null);
    }

    /** The name a Keras 3 optimizer class gives itself when none is passed (each class has its own default). */
    static String defaultName(String className) {
        return className.equals("SGD") ? "SGD" : className.toLowerCase(java.util.Locale.ROOT);
    }
}
