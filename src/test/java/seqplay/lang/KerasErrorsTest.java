package seqplay.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Keras mistakes reach the learner located at their call, with Keras' message and a "Did you mean". */
class KerasErrorsTest {
    private static final String MODEL = "from tensorflow import keras\nx = [[1.0, 2.0], [3.0, 4.0]]\ny = [0, 1]\n"
            + "model = keras.models.Sequential()\nmodel.add(keras.layers.Input(shape=(2,)))\n";

    private static String run(String code) {
        return Run.of(code, Library.modules()).all();
    }

    @Test
    void fitBeforeCompileIsLocatedAtTheFitCall() {
        assertEquals("Traceback (most recent call last):\n  File \"lesson.py\", line 7, in <module>\n"
                + "    model.fit(x, y, epochs=1)\nValueError: You must call `compile()` before using the model.\n",
                run(MODEL + "model.add(keras.layers.Dense(1, activation='sigmoid'))\nmodel.fit(x, y, epochs=1)\n"));
    }

    @Test
    void typosInNamesAndKeywordsGetKerasMessages() {
        assertEquals("Traceback (most recent call last):\n  File \"lesson.py\", line 6, in <module>\n"
                + "    model.add(keras.layers.Dense(1, activation='relux'))\n"
                + "              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
                + "ValueError: Could not interpret activation function identifier: relux\n",
                run(MODEL + "model.add(keras.layers.Dense(1, activation='relux'))\n"));
        assertEquals("TypeError: Unrecognized keyword arguments passed to Dense: {'activatoin': 'relu'}\n",
                lastLine(run(MODEL + "model.add(keras.layers.Dense(1, activatoin='relu'))\n")));
        assertEquals("ValueError: Could not interpret optimizer identifier: adamm\n",
                lastLine(run(MODEL + "model.add(keras.layers.Dense(1))\nmodel.compile(loss='mse', optimizer='adamm')\n")));
        assertEquals("ValueError: Argument(s) not recognized: {'lr': 0.01}\n",
                lastLine(run("from tensorflow import keras\nkeras.optimizers.Adam(lr=0.01)\n")));
        assertEquals("TypeError: to_categorical() got an unexpected keyword argument 'num_class'\n",
                lastLine(run("from tensorflow.keras.utils import to_categorical\nto_categorical([0, 1], num_class=3)\n")));
        assertEquals("AttributeError: 'Sequential' object has no attribute 'compil'. Did you mean: 'compile'?\n",
                lastLine(run(MODEL + "model.compil(loss='mse')\n")));
    }

    @Test
    void integerLabelsWithCategoricalCrossentropyFailAtFit() {
        assertEquals("ValueError: Arguments `target` and `output` must have the same rank (ndim). Received: "
                + "target.shape=(None,), output.shape=(None, 3)\n", lastLine(run(MODEL
                + "model.add(keras.layers.Dense(3, activation='softmax'))\n"
                + "model.compile(loss='categorical_crossentropy', optimizer='adam')\nmodel.fit(x, y)\n")));
    }

    @Test
    void addingSomethingOtherThanALayerIsKerasValueErrorShowingTheValueAsStr() {
        assertEquals("Traceback (most recent call last):\n  File \"lesson.py\", line 6, in <module>\n"
                + "    model.add(keras.layers.Dense)\nValueError: Only instances of `keras.Layer` can be added to a "
                + "Sequential model. Received: <class 'keras.src.layers.core.dense.Dense'> (of type <class 'type'>)\n",
                run(MODEL + "model.add(keras.layers.Dense)\n"));
        assertEquals("ValueError: Only instances of `keras.Layer` can be added to a Sequential model. Received: dense "
                + "(of type <class 'str'>)\n", lastLine(run(MODEL + "model.add('dense')\n")));
    }

    @Test
    void unsupportedLayersSaySo() {
        assertEquals("NotImplementedError: keras.layers.Flatten is not supported in the playground (it offers Input, "
                + "Dense, Dropout and Activation)\n", lastLine(run(MODEL + "model.add(keras.layers.Flatten())\n")));
    }

    @Test
    void everyImportSpellingGivesTheSameClasses() {
        assertEquals("True True True True 2.21.0\n", run("import tensorflow as tf\nfrom tensorflow import keras\n"
                + "import keras as k\nfrom keras import layers\nfrom tensorflow.keras.layers import Dense\n"
                + "from tensorflow.keras.models import Sequential\n"
                + "print(tf.keras.layers.Dense is Dense, layers.Dense is Dense, k.models.Sequential is Sequential, "
                + "keras.Sequential is Sequential, tf.__version__)\n"));
    }

    private static String lastLine(String text) {
        String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return t.substring(t.lastIndexOf('\n') + 1) + "\n";
    }
}
