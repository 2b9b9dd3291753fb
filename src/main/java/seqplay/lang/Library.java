package seqplay.lang;

import seqplay.data.datasets.DatasetSource;
import seqplay.data.pandas.DataFiles;
import seqplay.data.python.DataModules;
import seqplay.lang.keras.KerasModules;
import seqplay.lang.runtime.Modules;
import seqplay.numpy.python.NumpyModule;
import seqplay.plot.python.PyplotModule;

/**
 * The modules the playground offers a program: Python's {@code math}, {@code numpy}, {@code matplotlib.pyplot}, Keras under all its names
 * ({@code tensorflow.keras}, {@code keras}), and the data layer ({@code pandas}, {@code sklearn}). Hosts start
 * from here and may add their own.
 */
public final class Library {
    private Library() {
    }

    /** A fresh registry with {@code math}, {@code numpy} and Keras. */
    public static Modules modules() {
        Modules m = new Modules();
        NumpyModule.register(m);
        KerasModules.register(m);
        PyplotModule.register(m);
        return m;
    }

    /**
     * Every module the playground provides, {@code pandas} and {@code sklearn} included: {@code datasets} is
     * where {@code load_iris()} and friends read their data, {@code files} what {@code pd.read_csv} may open.
     */
    public static Modules modules(DatasetSource datasets, DataFiles files) {
        Modules m = modules();
        DataModules.register(m, datasets, files);
        return m;
    }
}
