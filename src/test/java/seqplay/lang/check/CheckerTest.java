package seqplay.lang.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import seqplay.lang.Program;

class CheckerTest {
    private static List<String> check(String code) {
        List<String> out = new ArrayList<>();
        for (Warning w : Checker.check(Program.parse(code, "lesson.py"))) {
            out.add(w.line() + ":" + w.column() + "-" + w.endColumn() + " " + w.id());
        }
        return out;
    }

    private static final String HEAD = "import tensorflow as tf\nfrom tensorflow import keras\n"
            + "model = keras.models.Sequential()\nmodel.add(keras.layers.Input(shape=(4,)))\n";

    @Test
    void theSeedProgramsAreClean() {
        assertEquals(List.of(), check(HEAD + "model.add(keras.layers.Dense(3, activation='softmax'))\n"
                + "model.compile(loss='categorical_crossentropy', metrics=['accuracy'], optimizer='adam')\n"
                + "model.summary()\nmodel.fit(x, y, epochs=10)\ny_pred = model.predict(x)\n"));
    }

    @Test
    void softmaxWithBinaryCrossentropyIsFlaggedAtTheLoss() {
        assertEquals(List.of("6:20-41 check.softmax_binary"), check(HEAD
                + "model.add(keras.layers.Dense(2, activation='softmax'))\n"
                + "model.compile(loss='binary_crossentropy', optimizer='adam')\n"));
    }

    @Test
    void sigmoidWithSeveralUnitsAndACategoricalLossIsFlagged() {
        List<String> w = check(HEAD + "model.add(keras.layers.Dense(3, activation='sigmoid'))\n"
                + "model.compile(loss='categorical_crossentropy', optimizer='adam')\n");
        assertEquals(List.of("6:20-46 check.sigmoid_categorical"), w);
        Warning first = Checker.check(Program.parse(HEAD + "model.add(keras.layers.Dense(3, activation='sigmoid'))\n"
                + "model.compile(loss='categorical_crossentropy', optimizer='adam')\n", "lesson.py")).get(0);
        assertEquals("The output layer is sigmoid with 3 units but the loss is categorical. To pick one class among "
                + "several, use activation='softmax'.", first.text("en"));
        assertEquals("lesson.py:6:20: warning: 출력층이 sigmoid(유닛 3개)인데 손실이 categorical 계열입니다. 여러 클래스 중 "
                + "하나를 고르는 문제라면 activation='softmax'를 쓰세요.", first.format("lesson.py", "ko"));
    }

    @Test
    void aOneUnitSoftmaxIsFlaggedWhereverItIsWritten() {
        assertEquals(List.of("3:7-37 check.softmax_one_unit"), check("from tensorflow.keras.layers import Dense\n"
                + "layer = 0\nout = Dense(1, activation='softmax')\n"));
        assertEquals(List.of("4:11-48 check.softmax_one_unit"), check("from keras import layers\n"
                + "from keras.models import Sequential\nm = Sequential([layers.Input(shape=(2,))])\n"
                + "m.add(    layers.Dense(1, activation='softmax'))\n"));
    }

    @Test
    void accuracyOnARegressionIsFlaggedAtTheMetric() {
        assertEquals(List.of("6:36-46 check.accuracy_regression"), check(HEAD + "model.add(keras.layers.Dense(1))\n"
                + "model.compile(loss='mse', metrics=['accuracy'], optimizer='adam')\n"));
    }

    @Test
    void oneHotLabelsWithMseAndMismatchedUnitsAreFlaggedAtFit() {
        String code = "from tensorflow import keras\nfrom tensorflow.keras.utils import to_categorical\n"
                + "y = to_categorical(y, 3)\nmodel = keras.Sequential()\nmodel.add(keras.Input(shape=(4,)))\n"
                + "model.add(keras.layers.Dense(2, activation='linear'))\n"
                + "model.compile(loss='mse', optimizer='adam')\nmodel.fit(x, y)\n";
        assertEquals(List.of("7:20-25 check.mse_onehot", "6:11-53 check.units_classes"), check(code));
    }

    @Test
    void aMissingInputIsFlaggedAtTheFirstLayer() {
        assertEquals(List.of("4:1-36 check.missing_input"), check("import tensorflow as tf\n"
                + "model = tf.keras.models.Sequential()\nx = 1\nmodel.add(tf.keras.layers.Dense(1))\n"));
        assertEquals(List.of(), check("import tensorflow as tf\nmodel = tf.keras.models.Sequential()\n"
                + "model.add(tf.keras.layers.Dense(1, input_dim=3))\n"));
    }

    @Test
    void stepsOutOfOrderAreFlagged() {
        assertEquals(List.of("5:1-16 check.summary_empty", "6:1-16 check.fit_before_compile"),
                check("from tensorflow import keras\nmodel = keras.models.Sequential()\nx = [[1.0]]\ny = [1.0]\n"
                + "model.summary()\nmodel.fit(x, y)\n"));
        assertEquals(List.of("5:5-21 check.predict_before_fit"), check("from tensorflow import keras\n"
                + "model = keras.models.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(1)])\n"
                + "model.compile(loss='mse', optimizer='adam')\nx = [[1.0]]\np = model.predict(x)\n"));
    }
}
