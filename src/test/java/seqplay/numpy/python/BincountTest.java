package seqplay.numpy.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import seqplay.lang.Library;
import seqplay.lang.Run;

/** {@code np.bincount}: outputs and error texts recorded from numpy 2.4 running the same lines. */
class BincountTest {
    private static Run run(String code) {
        return Run.of("import numpy as np\n" + code + "\n", Library.modules());
    }

    @Test
    void countsEachValueFromZeroToTheLargest() {
        Run r = run("print(np.bincount([0, 1, 1, 3]))\nprint(repr(np.bincount(np.array([0, 1, 1, 3]), minlength=6)))\n"
                + "print(repr(np.bincount([0, 1, 1, 3], weights=[0.5, 1, 1, 2])))\n"
                + "print(repr(np.bincount([0, 1, 1, 3], weights=[1, 1, 1, 2])))\n"
                + "print(repr(np.bincount([])), repr(np.bincount([], minlength=3)))\n"
                + "print(np.bincount([True, False, True]))\n"
                + "print(repr(np.bincount(np.array([0, 2]), weights=np.array([True, False]))))\n"
                + "y = np.array([2, 0, 1, 2, 2])\nprint(np.bincount(y).argmax())");
        assertEquals("[1 2 0 1]\narray([1, 2, 0, 1, 0, 0])\narray([0.5, 2. , 0. , 2. ])\narray([1., 2., 0., 2.])\n"
                + "array([], dtype=int64) array([0, 0, 0])\n[1 2]\narray([1., 0., 0.])\n2\n", r.all());
    }

    @Test
    void aListOfFloatsIsCastWithNumpysDeprecationWarning() {
        Run r = run("print(np.bincount([1.5, 2.7]))");
        assertEquals("[0 1 1]\n", r.out.toString());
        assertEquals("DeprecationWarning: Non-integer input passed to bincount. In a future version of NumPy, this "
                + "will be an error. (Deprecated NumPy 2.1)\n", r.err.toString());
    }

    @Test
    void anEmptyInputGivesMinlengthInt64ZerosWhateverTheWeights() {
        Run r = run("print(repr(np.bincount([], weights=[1.0])), repr(np.bincount([], minlength=2)), "
                + "repr(np.bincount(np.array([], dtype=int), weights=np.ones((2, 2)))))");
        assertEquals("array([], dtype=int64) array([0, 0]) array([], dtype=int64)\n", r.all());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "np.bincount([[1, 2]])|ValueError: setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.",
        "np.bincount(np.array([1.0, 2.0]))|TypeError: Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'",
        "np.bincount([-1, 2])|ValueError: 'list' argument must have no negative elements",
        "np.bincount([1, 2], minlength=-1)|ValueError: 'minlength' must not be negative",
        "np.bincount([1, 2], weights=[1])|ValueError: The weights and list don't have the same length.",
        "np.bincount(5)|ValueError: object of too small depth for desired array",
        "np.bincount([1, 2], minlength=None)|TypeError: use 0 instead of None for minlength",
        "np.bincount(np.array([[1, 2], [3, 4]]))|ValueError: object too deep for desired array",
        "np.bincount([1, 2], weights=np.ones((2, 2)))|ValueError: object too deep for desired array",
        "np.bincount(np.array([[1]]), weights=[1])|ValueError: object too deep for desired array",
        "np.bincount([1, 2], weights=[[1], [2]])|ValueError: setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.",
        "np.bincount([1, 2], weights=np.array(1.0))|ValueError: object of too small depth for desired array",
        "np.bincount(np.array([], dtype=float))|TypeError: Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'",
        "np.bincount(np.array([-1]), minlength=-1)|ValueError: 'minlength' must not be negative",
        "np.bincount([100000000])|MemoryError: Unable to allocate 763. MiB for an array with shape (100000001,) and data type int64",
    })
    void mistakesGetNumpysText(String code, String lastLine) {
        assertEquals(lastLine, run(code).error.lastLine());
    }
}
