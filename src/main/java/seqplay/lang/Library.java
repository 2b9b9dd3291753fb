package seqplay.lang;

import seqplay.lang.keras.KerasModules;
import seqplay.lang.runtime.Modules;
import seqplay.numpy.python.NumpyModule;

/**
 * The modules the playground offers a program: Python's {@code math}, {@code numpy}, and Keras under all its
 * names ({@code tensorflow.keras}, {@code keras}). Hosts start from here and may add their own.
 */
public final class Library {
    private Library() {
    }

    /** A fresh registry with every module the playground provides. */
    public static Modules modules() {
        Modules m = new Modules();
        NumpyModule.register(m);
        KerasModules.register(m);
        return m;
    }
}
