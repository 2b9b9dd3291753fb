package seqplay.lang;

/** The seed lessons' programs (with plain lists for data), used by the fuzz test and the end-to-end tests. */
final class SeedPrograms {
    private SeedPrograms() {
    }

    static final String REGRESSION = String.join("\n",
            "import tensorflow as tf",
            "from tensorflow import keras",
            "",
            "# y = 3x + 2",
            "x = [[0.0], [0.5], [1.0], [1.5], [2.0], [2.5], [3.0], [3.5]]",
            "y = [[2.0], [3.5], [5.0], [6.5], [8.0], [9.5], [11.0], [12.5]]",
            "",
            "keras.backend.clear_session()",
            "model = keras.models.Sequential()",
            "model.add(keras.layers.Input(shape=(1,)))",
            "model.add(keras.layers.Dense(1))",
            "model.compile(loss='mse', optimizer=keras.optimizers.Adam(learning_rate=0.1))",
            "model.summary()",
            "history = model.fit(x, y, epochs=10)",
            "y_pred = model.predict(x)",
            "print(y_pred[:3])",
            "");

    static final String BINARY = String.join("\n",
            "from tensorflow import keras",
            "",
            "x = [[0.1, 0.2], [0.9, 0.8], [0.2, 0.1], [0.8, 0.9], [0.15, 0.3], [0.7, 0.95]]",
            "y = [0, 1, 0, 1, 0, 1]",
            "",
            "keras.backend.clear_session()",
            "model = keras.models.Sequential()",
            "model.add(keras.layers.Input(shape=(2,)))",
            "model.add(keras.layers.Dense(8, activation='relu'))",
            "model.add(keras.layers.Dense(1, activation='sigmoid'))",
            "model.compile(loss='binary_crossentropy', metrics=['accuracy'], optimizer=keras.optimizers.Adam(learning_rate=0.01))",
            "model.summary()",
            "history = model.fit(x, y, epochs=10)",
            "y_pred = model.predict(x)",
            "for p, t in zip(y_pred, y):",
            "    print(t, p)",
            "");

    static final String MULTICLASS = String.join("\n",
            "import tensorflow as tf",
            "from tensorflow import keras",
            "from tensorflow.keras.utils import to_categorical",
            "",
            "x = [[5.1, 3.5, 1.4, 0.2], [7.0, 3.2, 4.7, 1.4], [6.3, 3.3, 6.0, 2.5], [4.9, 3.0, 1.4, 0.2],",
            "     [6.4, 3.2, 4.5, 1.5], [5.8, 2.7, 5.1, 1.9]]",
            "y = [0, 1, 2, 0, 1, 2]",
            "y = to_categorical(y, 3)",
            "",
            "keras.backend.clear_session()",
            "model = keras.models.Sequential()",
            "model.add( keras.layers.Input(shape=(4, )) )",
            "model.add( keras.layers.Dense(3, activation='softmax') )",
            "model.compile(loss='categorical_crossentropy', metrics=['accuracy'], optimizer='adam')",
            "model.summary()",
            "model.fit(x, y, epochs=10)",
            "y_pred = model.predict(x)",
            "print(f'{y_pred[0][0]:.4f}')",
            "");

    static final String[] ALL = {REGRESSION, BINARY, MULTICLASS};
}
