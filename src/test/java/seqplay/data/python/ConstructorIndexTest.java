package seqplay.data.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import seqplay.data.datasets.ClasspathDatasetSource;
import seqplay.data.pandas.DataFiles;
import seqplay.lang.Library;
import seqplay.lang.Run;

/** {@code pd.Series(..., index=)} and {@code pd.DataFrame(..., index=)}: row labels, against pandas' output. */
class ConstructorIndexTest {
    private static Run run(String code) {
        return Run.of(code, Library.modules(new ClasspathDatasetSource(), new DataFiles()));
    }

    @Test
    void theIndexLabelsTheRowsAsInPandas() {
        assertEquals("a    3\n"
                + "b    5\n"
                + "c    2\n"
                + "Name: n, dtype: int64\n"
                + "5 Index(['a', 'b', 'c'], dtype='object')\n"
                + "   a\n"
                + "x  1\n"
                + "y  2\n"
                + "a    2\n"
                + "Name: y, dtype: int64\n"
                + "      p    q\n"
                + "10  1.5  2.0\n"
                + "20  3.0  4.0\n"
                + "5    1\n"
                + "6    2\n"
                + "dtype: int64\n", run("import pandas as pd\n"
                + "import numpy as np\n"
                + "s = pd.Series([3, 5, 2], index=['a', 'b', 'c'], name='n')\n"
                + "print(s)\n"
                + "print(s['b'], s.index)\n"
                + "df = pd.DataFrame({'a': [1, 2]}, index=['x', 'y'])\n"
                + "print(df)\n"
                + "print(df.loc['y'])\n"
                + "df2 = pd.DataFrame(np.array([[1.5, 2], [3, 4]]), index=[10, 20], columns=['p', 'q'])\n"
                + "print(df2)\n"
                + "print(pd.Series([1, 2], index=np.array([5, 6])))\n").all());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pd.Series([1, 2, 3], index=['a', 'b'])|ValueError: Length of values (3) does not match length of index (2)",
        "pd.DataFrame({'a': [1, 2, 3]}, index=[0, 1])|ValueError: Length of values (3) does not match length of index (2)",
        "pd.Series([1, 2], index='ab')|TypeError: Index(...) must be called with a collection of some kind, 'ab' was passed",
        "pd.Series([1, 2], dtype=float)|NotImplementedError: the playground's Series does not take dtype=<class 'float'> (write the values in the type wanted, e.g. 1.0 for float)",
    })
    void mistakesGetPandasText(String code, String lastLine) {
        assertEquals(lastLine, run("import pandas as pd\n" + code + "\n").error.lastLine());
    }
}
