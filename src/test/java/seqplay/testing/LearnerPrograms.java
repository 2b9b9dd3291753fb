package seqplay.testing;

/** Learner programs that more than one package's tests run. */
public final class LearnerPrograms {
    private LearnerPrograms() {
    }

    /**
     * SGD at learning rate 1 on inputs in the thousands: every step overshoots further, and the logged loss passes
     * float32's range in epoch 4 ({@code [inf, inf]} for epochs 4 and 5). {@code model.fit} is on line 9.
     */
    public static final String DIVERGING = "import numpy as np\nfrom tensorflow import keras\n"
            + "x = np.array([[1.0], [2.0], [3.0], [4.0]]) * 1000\ny = np.array([2.0, 4.0, 6.0, 8.0]) * 1000\n"
            + "model = keras.models.Sequential()\nmodel.add(keras.layers.Input(shape=(1,)))\n"
            + "model.add(keras.layers.Dense(1))\n"
            + "model.compile(loss='mse', optimizer=keras.optimizers.SGD(learning_rate=1.0))\n"
            + "h = model.fit(x, y, epochs=5, verbose=0)\nprint(h.history['loss'][3:])\n";
}
