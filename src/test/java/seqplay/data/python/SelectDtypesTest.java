package seqplay.data.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import seqplay.data.datasets.ClasspathDatasetSource;
import seqplay.data.pandas.DataFiles;
import seqplay.lang.Library;
import seqplay.lang.Run;

/** {@code df.select_dtypes} and numpy's abstract classes, against pandas' printed output for the same lines. */
class SelectDtypesTest {
    private static final String PRELUDE = "import numpy as np\nimport pandas as pd\n"
            + "df = pd.DataFrame({'age': [23, 35, 41], 'height': [1.72, 1.80, 1.65], 'city': ['서울', 'Busan', "
            + "'Daegu'], 'member': [True, False, True]})\n";

    private static Run run(String code) {
        return Run.of(PRELUDE + code, Library.modules(new ClasspathDatasetSource(), new DataFiles()));
    }

    @Test
    void selectsColumnsByDtypeAsPandasDoes() {
        Run r = run("print(df.select_dtypes(include='number'))\n"
                + "print(df.select_dtypes(include=np.number).columns)\n"
                + "print(df.select_dtypes(include=['object']))\n"
                + "print(df.select_dtypes(exclude='number').columns.tolist())\n"
                + "print(df.select_dtypes(include=['number', 'bool']).shape)\n"
                + "print(df.select_dtypes(include='float64').columns.tolist(), df.select_dtypes(include=np.int64).columns.tolist())\n"
                + "print(df.select_dtypes(include='integer').columns.tolist(), df.select_dtypes(include=np.floating).columns.tolist())\n"
                + "print(df.select_dtypes(include='category').shape)\n"
                + "print(df.select_dtypes('number', exclude=['float']).columns.tolist())\n"
                + "x = df.select_dtypes(include='number').values\n"
                + "print(x.dtype, x.shape)\n");
        assertEquals("   age  height\n"
                + "0   23    1.72\n"
                + "1   35    1.80\n"
                + "2   41    1.65\n"
                + "Index(['age', 'height'], dtype='object')\n"
                + "    city\n"
                + "0     서울\n"
                + "1  Busan\n"
                + "2  Daegu\n"
                + "['city', 'member']\n"
                + "(3, 3)\n"
                + "['height'] ['age']\n"
                + "['age'] ['height']\n"
                + "(3, 0)\n"
                + "['age']\n"
                + "float64 (3, 2)\n", r.all());
    }

    @Test
    void numpysTypeCodesPandasNullableNamesAndSetsSelectAsInPandas() {
        // pandas 1.5.3 printed these for the same lines
        Run r = run("print(df.select_dtypes(include='i8').columns.tolist(), df.select_dtypes(include='f8').columns.tolist())\n"
                + "print(df.select_dtypes(include='boolean').columns.tolist(), df.select_dtypes(include='Int64').columns.tolist())\n"
                + "print(df.select_dtypes(include={'number'}).columns.tolist())\n"
                + "print(df.select_dtypes(include=['int8', 'b', 'string', 'float16', 'timedelta64']).shape)\n");
        assertEquals("['age'] ['height']\n['member'] ['age']\n['age', 'height']\n(3, 0)\n", r.all());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "df.select_dtypes()|ValueError: at least one of include or exclude must be nonempty",
        "df.select_dtypes(include=None, exclude=[])|ValueError: at least one of include or exclude must be nonempty",
        "df.select_dtypes(include='number', exclude=np.number)|ValueError: include and exclude overlap on frozenset({<class 'numpy.number'>})",
        "df.select_dtypes(include='object', exclude='O')|ValueError: include and exclude overlap on frozenset({<class 'numpy.object_'>})",
        "df.select_dtypes(include='int', exclude='int64')|ValueError: include and exclude overlap on frozenset({<class 'numpy.int64'>})",
        "df.select_dtypes(include='str')|TypeError: string dtypes are not allowed, use 'object' instead",
        "df.select_dtypes(include=str)|TypeError: string dtypes are not allowed, use 'object' instead",
        "df.select_dtypes(include='S')|TypeError: string dtypes are not allowed, use 'object' instead",
        "df.select_dtypes(include=['i8'], exclude=['int64'])|ValueError: include and exclude overlap on frozenset({<class 'numpy.int64'>})",
        "df.select_dtypes(include='foo')|TypeError: data type 'foo' not understood",
        "df.select_dtypes(include=5)|TypeError: Cannot interpret '5' as a data type",
        "np.number(1)|TypeError: cannot create 'numpy.number' instances",
        "np.zeros(2, dtype=np.integer)|TypeError: Converting 'np.integer' or 'np.signedinteger' to a dtype is not allowed",
        "np.zeros(2, dtype=np.floating)|TypeError: Converting `np.inexact` or `np.floating` to a dtype not allowed",
    })
    void mistakesGetPandasAndNumpysText(String code, String lastLine) {
        assertEquals(lastLine, run(code + "\n").error.lastLine());
    }

    @Test
    void theAbstractClassesPrintAsNumpysDo() {
        assertEquals("<class 'numpy.number'> <class 'numpy.integer'> <class 'numpy.floating'>\n",
                run("print(np.number, np.integer, np.floating)\n").all());
    }
}
