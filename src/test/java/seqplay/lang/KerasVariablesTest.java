package seqplay.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The attributes learners inspect after compile and fit: Keras 3's Variables ({@code layer.kernel},
 * {@code model.weights}, {@code optimizer.learning_rate}) printed as {@code Variable.__repr__} in
 * keras/src/backend/common/variables.py prints them, and {@code metrics_names}.
 *
 * <p>The models use {@code kernel_initializer='ones'} and one sample so every number is worked out by hand: for
 * x = [1, 2], y = 1, kernel [[1], [1]], bias 0, the prediction is 3, MSE's gradient with respect to it
 * 2·(3 − 1) = 4, so the kernel's gradient is [4, 8] and the bias's 4.
 */
class KerasVariablesTest {
    private static final String MODEL = String.join("\n",
            "import numpy as np",
            "import keras",
            "model = keras.Sequential([keras.Input(shape=(2,)),",
            "    keras.layers.Dense(1, kernel_initializer='ones')])",
            "x = np.array([[1.0, 2.0]])",
            "y = np.array([1.0])", "");

    private static String run(String code) {
        Run r = KerasProgramsTest.run(MODEL + code);
        assertNull(r.error, r::all);
        return r.out.toString();
    }

    private static String error(String code) {
        Run r = KerasProgramsTest.run(MODEL + code);
        return r.error == null ? "no error: " + r.out : r.error.type() + ": " + r.error.message();
    }

    @Test
    void layerWeightsAreVariablesThatPrintTheirPathShapeDtypeAndValue() {
        assertEquals("<Variable path=sequential/dense/kernel, shape=(2, 1), dtype=float32, value=[[1.]\n [1.]]>\n"
                + "[<Variable path=sequential/dense/kernel, shape=(2, 1), dtype=float32, value=[[1.]\n [1.]]>, "
                + "<Variable path=sequential/dense/bias, shape=(1,), dtype=float32, value=[0.]>]\n"
                + "True True\n",
                run("print(model.layers[0].kernel)\n"
                        + "print(model.weights)\n"
                        + "print(model.layers[0].kernel is model.weights[0], "
                        + "model.trainable_weights == model.layers[0].trainable_weights)\n"));
    }

    @Test
    void aVariableTakenBeforeFitShowsTheTrainedValueAfterwards() {
        // SGD(0.1): kernel 1 - 0.1·[4, 8] = [0.6, 0.2], bias 0 - 0.1·4 = -0.4
        assertEquals("<Variable path=sequential/dense/kernel, shape=(2, 1), dtype=float32, value=[[0.6]\n [0.2]]>\n"
                + "<Variable path=sequential/dense/bias, shape=(1,), dtype=float32, value=[-0.4]>\n",
                run("k, b = model.layers[0].weights\n"
                        + "model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.1), loss='mse')\n"
                        + "model.fit(x, y, epochs=1, verbose=0)\n"
                        + "print(k)\nprint(b)\n"));
    }

    @Test
    void aVariableHasTheAttributesKerasGivesIt() {
        assertEquals("kernel sequential/dense/kernel (2, 1) 2 float32 True\n"
                + "[[1.]\n [1.]] <class 'numpy.ndarray'> [[1.]\n [1.]]\n"
                + "[[3.]\n [3.]] [[2.]\n [2.]]\n"
                + "[0.] [] []\n",
                run("k = model.layers[0].kernel\n"
                        + "print(k.name, k.path, k.shape, k.ndim, k.dtype, k.trainable)\n"
                        + "print(k.numpy(), type(np.array(k)), np.asarray(k))\n"
                        + "print(k + 2, 2 * k)\n"
                        + "print(model.layers[0].bias.numpy(), model.non_trainable_weights, "
                        + "model.layers[0].non_trainable_weights)\n"));
    }

    @Test
    void getWeightsStillReturnsNumpyArrays() {
        assertEquals("[array([[1.],\n       [1.]], dtype=float32), array([0.], dtype=float32)]\n",
                run("print(model.get_weights())\n"));
    }

    @Test
    void assignWritesThroughAndChecksTheShapeWithKerasMessage() {
        assertEquals("<Variable path=sequential/dense/kernel, shape=(2, 1), dtype=float32, value=[[2.]\n [3.]]>\n"
                + "[array([[2.],\n       [3.]], dtype=float32), array([0.5], dtype=float32)]\n",
                run("model.layers[0].kernel.assign(np.array([[2.0], [3.0]]))\n"
                        + "model.layers[0].bias.assign_add([0.5])\n"
                        + "print(model.layers[0].kernel)\nprint(model.get_weights())\n"));
        assertEquals("ValueError: The shape of the target variable and the shape of the target value in "
                + "`variable.assign(value)` must match. variable.shape=(2, 1), Received: value.shape=(3,). Target "
                + "variable: <Variable path=sequential/dense/kernel, shape=(2, 1), dtype=float32, value=[[1.]\n [1.]]>",
                error("model.layers[0].kernel.assign(np.ones(3))\n"));
    }

    @Test
    void theLearningRateIsAFloat32VariableUnderTheOptimizersName() {
        assertEquals("<Variable path=adam/learning_rate, shape=(), dtype=float32, value=0.0010000000474974513>\n"
                + "0.0010000000474974513 learning_rate False ()\n"
                + "<Variable path=SGD/learning_rate, shape=(), dtype=float32, value=0.009999999776482582>\n"
                + "SGD adam rmsprop adagrad mine\n"
                + "mine/learning_rate\n",
                run("model.compile(optimizer='adam', loss='mse')\n"
                        + "lr = model.optimizer.learning_rate\n"
                        + "print(lr)\n"
                        + "print(float(lr), lr.name, lr.trainable, lr.shape)\n"
                        + "print(keras.optimizers.SGD().learning_rate)\n"
                        + "print(keras.optimizers.SGD().name, keras.optimizers.Adam().name, "
                        + "keras.optimizers.RMSprop().name, keras.optimizers.Adagrad().name, "
                        + "keras.optimizers.Adam(name='mine').name)\n"
                        + "print(keras.optimizers.Adam(name='mine').learning_rate.path)\n"));
    }

    @Test
    void anAssignedLearningRateIsTheOneTheNextUpdateUses() {
        // SGD created with 0.1, then set to 0.05: kernel 1 - 0.05·[4, 8] = [0.8, 0.6], bias -0.05·4 = -0.2
        String expected = "<Variable path=SGD/learning_rate, shape=(), dtype=float32, value=0.05000000074505806>\n"
                + "[array([[0.8],\n       [0.6]], dtype=float32), array([-0.2], dtype=float32)]\n"
                + "<Variable path=SGD/iteration, shape=(), dtype=int64, value=1>\n";
        String fit = "model.fit(x, y, epochs=1, verbose=0)\n"
                + "print(model.get_weights())\nprint(model.optimizer.iterations)\n";
        assertEquals(expected, run("model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.1), loss='mse')\n"
                + "model.optimizer.learning_rate.assign(0.05)\nprint(model.optimizer.learning_rate)\n" + fit));
        assertEquals(expected, run("model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.1), loss='mse')\n"
                + "model.optimizer.learning_rate = 0.05\nprint(model.optimizer.learning_rate)\n" + fit));
    }

    @Test
    void misusesRaiseKerasMessages() {
        assertEquals("TypeError: Only scalar arrays can be converted to Python scalars. Got: shape=(2, 1)",
                error("float(model.layers[0].kernel)\n"));
        assertEquals("TypeError: A Keras Variable cannot be used as a boolean.",
                error("model.compile(optimizer='adam', loss='mse')\nif model.optimizer.learning_rate:\n    pass\n"));
        assertEquals("AttributeError: You must build the layer before accessing `kernel`.",
                error("print(keras.layers.Dense(3).kernel)\n"));
    }

    @Test
    void metricsNamesAreEmptyBeforeCompileThenLossAndCompileMetrics() {
        assertEquals("[]\n['loss']\n['loss', 'compile_metrics']\n['loss', 'compile_metrics']\n",
                run("print(model.metrics_names)\n"
                        + "model.compile(optimizer='adam', loss='mse')\nprint(model.metrics_names)\n"
                        + "model.compile(optimizer='adam', loss='mse', metrics=['mae'])\nprint(model.metrics_names)\n"
                        // Keras keeps the CompileMetrics of an earlier compile when metrics= is not given again
                        + "model.compile(optimizer='adam', loss='mse')\nprint(model.metrics_names)\n"));
    }
}
