package seqplay.utils;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import seqplay.errors.PyException;
import seqplay.tensor.Tensor;

/** Expected values follow Keras 3's documented example and numpy's indexing rules (spec §7.6). */
class CategoricalTest {
    @Test
    void classIndicesBecomeOneHotRowsWithInferredClassCount() {
        Tensor y = Categorical.toCategorical(Tensor.vector(0, 2, 1), null);
        assertArrayEquals(new int[] {3, 3}, y.shape());
        assertArrayEquals(new double[] {1, 0, 0, 0, 0, 1, 0, 1, 0}, y.data());
    }

    @Test
    void aTrailingAxisOfOneIsDroppedAndFloatsAreTruncated() {
        Tensor y = Categorical.toCategorical(Tensor.matrix(2, 1, new double[] {1.9, 0.2}), 3);
        assertArrayEquals(new int[] {2, 3}, y.shape());
        assertArrayEquals(new double[] {0, 1, 0, 1, 0, 0}, y.data());
    }

    @Test
    void negativeLabelsCountFromTheEndLikeNumpyIndexing() {
        Tensor y = Categorical.toCategorical(Tensor.vector(-1), 3);
        assertArrayEquals(new double[] {0, 0, 1}, y.data());
    }

    @Test
    void aLabelBeyondTheClassCountRaisesNumpysIndexError() {
        PyException e = assertThrows(PyException.class, () -> Categorical.toCategorical(Tensor.vector(0, 3), 3));
        assertEquals("IndexError: index 3 is out of bounds for axis 1 with size 3", e.pythonLine());
    }
}
