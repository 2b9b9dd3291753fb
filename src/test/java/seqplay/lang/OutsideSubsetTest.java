package seqplay.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import seqplay.data.datasets.ClasspathDatasetSource;
import seqplay.data.pandas.DataFiles;
import seqplay.lang.runtime.Modules;

/**
 * Colab code that uses a real call the playground leaves out is told so, not sent hunting for a typo: the error
 * keeps Python's text, without a "Did you mean" built from the playground's smaller attribute list, and its hint
 * says what to do here.
 */
class OutsideSubsetTest {
    private static Modules modules() {
        return Library.modules(new ClasspathDatasetSource(), new DataFiles());
    }

    @Test
    void saveWeightsIsNotMistakenForSetWeights() {
        Run r = Run.of("from tensorflow import keras\nmodel = keras.models.Sequential()\n"
                + "model.save_weights('my.weights.h5')\n", modules());
        assertEquals("Traceback (most recent call last):\n  File \"lesson.py\", line 3, in <module>\n"
                + "    model.save_weights('my.weights.h5')\n    ^^^^^^^^^^^^^^^^^^\n"
                + "AttributeError: 'Sequential' object has no attribute 'save_weights'\n", r.all());
        assertEquals("keras.save_unavailable", r.error.hintId());
        assertEquals("The playground runs in the browser and does not save or load model files. To take the trained "
                + "model to Colab, use Export ▸ Jupyter/Colab notebook: it carries the weights as a "
                + "model.set_weights(...) cell.", r.error.hint("en"));
    }

    @Test
    void aRealPandasMethodOutsideTheSubsetSaysItIsNotATypo() {
        Run r = Run.of("import pandas as pd\ndf = pd.DataFrame({'a': [1, 2], 'b': [3, 4]})\n"
                + "print(df.groupby('a').mean())\n", modules());
        assertEquals("AttributeError: 'DataFrame' object has no attribute 'groupby'", r.error.lastLine());
        assertEquals("'groupby' exists in the real library, but it is not part of what the playground offers (it is "
                + "not a typo). The playground carries what the lessons need: run this line in Colab, or do it "
                + "another way here.", r.error.hint("en"));
    }

    @Test
    void aTypoStillGetsPythonsSuggestionAndTheSpellingHint() {
        Run r = Run.of("import numpy as np\nprint(np.array([1, 2]).tolist2())\n", modules());
        assertEquals("AttributeError: 'ndarray' object has no attribute 'tolist2'. Did you mean: 'tolist'?",
                r.error.lastLine());
        assertEquals("lang.attribute", r.error.hintId());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "from tensorflow.keras.datasets import mnist|ModuleNotFoundError: No module named 'tensorflow.keras.datasets'|data.download_unavailable",
        "from keras.datasets import fashion_mnist|ModuleNotFoundError: No module named 'keras.datasets'|data.download_unavailable",
        "import tensorflow as tf\\n(a, b), (c, d) = tf.keras.datasets.mnist.load_data()|AttributeError: module 'keras' has no attribute 'datasets'|data.download_unavailable",
        "from sklearn.datasets import fetch_openml|ImportError: cannot import name 'fetch_openml' from 'sklearn.datasets' (unknown location)|data.download_unavailable",
        "import sklearn.datasets\\nx = sklearn.datasets.fetch_openml('mnist_784')|AttributeError: module 'sklearn.datasets' has no attribute 'fetch_openml'|data.download_unavailable",
        "from google.colab import files|ModuleNotFoundError: No module named 'google.colab'|lang.module_colab",
        "import seaborn as sns|ModuleNotFoundError: No module named 'seaborn'|lang.module_not_in_subset",
        "from sklearn.linear_model import LinearRegression|ModuleNotFoundError: No module named 'sklearn.linear_model'|lang.module_not_in_subset",
        "from tensorflow import keras\\nm = keras.models.load_model('m.keras')|AttributeError: module 'keras.models' has no attribute 'load_model'|keras.save_unavailable",
        "import numpy as np\\nprint(np.linalg.norm([3, 4]))|AttributeError: module 'numpy' has no attribute 'linalg'|lang.attribute_not_in_subset",
        "from sklearn import metrics\\nprint(metrics.f1_score([1], [1]))|AttributeError: module 'sklearn.metrics' has no attribute 'f1_score'|lang.attribute_not_in_subset",
        "import pandas as pd\\nx = pd.concat([])|AttributeError: module 'pandas' has no attribute 'concat'|lang.attribute_not_in_subset",
        "from tensorflow.keras.callbacks import ModelCheckpoint|ImportError: cannot import name 'ModelCheckpoint' from 'tensorflow.keras.callbacks' (unknown location)|lang.attribute_not_in_subset",
        "from tensorflow.keras.callbacks import EarlyStoping|ImportError: cannot import name 'EarlyStoping' from 'tensorflow.keras.callbacks' (unknown location). Did you mean: 'EarlyStopping'?|lang.import_name",
        "from tensorflow import keras\\nm = keras.models.Sequential()\\nm.predict_classes([[1.0]])|AttributeError: 'Sequential' object has no attribute 'predict_classes'|keras.removed_api",
        "import nmupy|ModuleNotFoundError: No module named 'nmupy'|lang.module_missing",
    })
    void eachGetsTheHintThatFits(String code, String lastLine, String hintId) {
        Run r = Run.of(code.replace("\\n", "\n") + "\n", modules());
        assertEquals(lastLine, r.error.lastLine());
        assertEquals(hintId, r.error.hintId());
    }
}
