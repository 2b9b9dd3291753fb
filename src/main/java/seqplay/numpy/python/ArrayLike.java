package seqplay.numpy.python;

import seqplay.numpy.NdArray;

/**
 * A Python object numpy can turn into an array (numpy's {@code __array__} protocol): pandas' DataFrame and
 * Series, so that {@code model.fit(X_train, y_train)} and {@code np.asarray(df)} accept them as in Colab.
 */
public interface ArrayLike {
    /** The values as an array, as {@code np.asarray(obj)} gives them. */
    NdArray asNdArray();

    /**
     * numpy's {@code __array_ufunc__}: what an element-wise numpy function ({@code np.log(s)}) returns for this
     * object, given the result array of the same shape; null for a plain array.
     */
    default Object wrapElementwise(NdArray result) {
        return null;
    }
}
