package seqplay.data.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import seqplay.data.datasets.ClasspathDatasetSource;
import seqplay.data.pandas.DataFiles;
import seqplay.lang.Library;
import seqplay.lang.Run;

/**
 * {@code unique}, {@code nunique}, {@code median}, {@code sort_values}, {@code corr}, {@code round} and {@code abs}
 * as a learner's program calls them. Every expected output is what pandas 1.5.3 / numpy 1.24 printed for the same
 * program (the prelude plus the test's lines); the error texts are pandas 2.x's, where 1.5 differs (commented).
 */
class PandasStatsTest {
    private static final String PRELUDE = "import pandas as pd\n"
            + "import numpy as np\n"
            + "df = pd.DataFrame({'name': ['Kim', 'Lee', 'Park', 'Choi', 'Lee'], 'score': [90.5, np.nan, 70.0, 85.25,"
            + " 70.0],\n"
            + "                   'age': [20, 31, 25, 31, 22], 'ok': [True, False, True, True, False]})\n";

    private static Run program(String lines) {
        return Run.of(PRELUDE + lines, Library.modules(new ClasspathDatasetSource(), new DataFiles()));
    }

    private static String run(String lines) {
        Run r = program(lines);
        assertNull(r.error, () -> r.err.toString());
        return r.out.toString();
    }

    private static String error(String lines) {
        Run r = program(lines);
        return r.error == null ? "no error" : r.error.lastLine();
    }

    @Test
    void uniqueOfAnIntColumnIsAnInt64ArrayInOrderOfFirstAppearance() {
        assertEquals("array([20, 31, 25, 22])\n"
                + "[20 31 25 22]\n",
                run("print(repr(df['age'].unique()))\n"
                + "print(df['age'].unique())\n"));
    }

    @Test
    void uniqueOfAFloatColumnKeepsOneNan() {
        assertEquals("[90.5    nan 70.   85.25]\n"
                + "array([90.5 ,   nan, 70.  , 85.25])\n",
                run("print(df['score'].unique())\n"
                + "print(repr(df['score'].unique()))\n"));
    }

    @Test
    void uniqueOfABoolColumnIsABoolArray() {
        assertEquals("[ True False]\n",
                run("print(df['ok'].unique())\n"));
    }

    @Test
    void uniqueOfATextColumnIsAnObjectArray() {
        assertEquals("array(['Kim', 'Lee', 'Park', 'Choi'], dtype=object)\n"
                + "['Kim' 'Lee' 'Park' 'Choi']\n"
                + "4 Lee Choi ['Kim', 'Lee', 'Park', 'Choi']\n",
                run("u = df['name'].unique()\n"
                + "print(repr(u))\n"
                + "print(u)\n"
                + "print(len(u), u[1], u[-1], u.tolist())\n"));
    }

    @Test
    void uniqueKeepsNoneAndNanApartAndNuniqueCountsThemWithDropnaFalse() {
        assertEquals("array(['a', None, nan], dtype=object)\n"
                + "1 3 3 4\n",
                run("w = pd.Series(['a', None, np.nan, 'a', None])\n"
                + "print(repr(w.unique()))\n"
                + "print(w.nunique(), w.nunique(dropna=False), df['score'].nunique(), df['score'].nunique(dropna=False))\n"));
    }

    @Test
    void aLongObjectArrayWrapsAtSeventyFiveColumns() {
        assertEquals("array(['Seoul', 'Busan', 'Incheon', 'Daegu', 'Daejeon', 'Gwangju',\n"
                + "       'Ulsan', 'Sejong', 'Suwon', 'Changwon', 'Goyang', 'Yongin',\n"
                + "       'Seongnam'], dtype=object)\n"
                + "['Seoul' 'Busan' 'Incheon' 'Daegu' 'Daejeon' 'Gwangju' 'Ulsan' 'Sejong'\n"
                + " 'Suwon' 'Changwon' 'Goyang' 'Yongin' 'Seongnam']\n"
                + "array(['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'bb'],\n"
                + "      dtype=object)\n",
                run("t = pd.Series(['Seoul', 'Busan', 'Incheon', 'Daegu', 'Daejeon', 'Gwangju', 'Ulsan', 'Sejong', 'Suwon', 'Changwon', 'Goyang', 'Yongin', 'Seongnam', 'Seoul'])\n"
                + "print(repr(t.unique()))\n"
                + "print(t.unique())\n"
                + "v = pd.Series(['a' * 55, 'bb'])\n"
                + "print(repr(v.unique()))\n"));
    }

    @Test
    void npMedianAveragesTheTwoMiddleValuesAndFollowsTheAxis() {
        assertEquals("2.5\n"
                + "array([2.5, 2.5])\n"
                + "[nan  3.]\n"
                + "5.0\n",
                run("print(np.median(np.array([3, 1, 2, 4])))\n"
                + "print(repr(np.median(np.array([[3, 1], [2, 4]]), axis=0)))\n"
                + "print(np.median(np.array([[1., 2.], [np.nan, 4.]]), axis=0))\n"
                + "print(np.median([1, 5, 2, 8, 7]))\n"));
    }

    @Test
    void seriesAndFrameMedianSkipMissingValues() {
        assertEquals("77.625 25.0\n"
                + "score    77.625\n"
                + "age      25.000\n"
                + "ok        1.000\n"
                + "dtype: float64\n",
                run("print(df['score'].median(), df['age'].median())\n"
                + "print(df.median(numeric_only=True))\n"));
    }

    @Test
    void sortValuesKeepsTheLabelsAndPutsMissingValuesLast() {
        assertEquals("   name  score  age     ok\n"
                + "2  Park  70.00   25   True\n"
                + "4   Lee  70.00   22  False\n"
                + "3  Choi  85.25   31   True\n"
                + "0   Kim  90.50   20   True\n"
                + "1   Lee    NaN   31  False\n"
                + "   name  score  age     ok\n"
                + "0   Kim  90.50   20   True\n"
                + "3  Choi  85.25   31   True\n"
                + "2  Park  70.00   25   True\n"
                + "4   Lee  70.00   22  False\n"
                + "1   Lee    NaN   31  False\n"
                + "2    70.00\n"
                + "4    70.00\n"
                + "3    85.25\n"
                + "0    90.50\n"
                + "1      NaN\n"
                + "Name: score, dtype: float64\n",
                run("print(df.sort_values('score'))\n"
                + "print(df.sort_values('score', ascending=False))\n"
                + "print(df['score'].sort_values())\n"));
    }

    @Test
    void sortValuesKeepsTiesInTheirOriginalOrder() {
        assertEquals("   name  score  age     ok\n"
                + "0   Kim  90.50   20   True\n"
                + "4   Lee  70.00   22  False\n"
                + "2  Park  70.00   25   True\n"
                + "1   Lee    NaN   31  False\n"
                + "3  Choi  85.25   31   True\n"
                + "   name  score  age     ok\n"
                + "1   Lee    NaN   31  False\n"
                + "3  Choi  85.25   31   True\n"
                + "2  Park  70.00   25   True\n"
                + "4   Lee  70.00   22  False\n"
                + "0   Kim  90.50   20   True\n"
                + "2    Park\n"
                + "1     Lee\n"
                + "4     Lee\n"
                + "0     Kim\n"
                + "3    Choi\n"
                + "Name: name, dtype: object\n",
                run("print(df.sort_values('age'))\n"
                + "print(df.sort_values('age', ascending=False))\n"
                + "print(df['name'].sort_values(ascending=False))\n"));
    }

    @Test
    void sortValuesByTwoColumnsWithOneDirectionEach() {
        assertEquals("   name  score  age     ok\n"
                + "0   Kim  90.50   20   True\n"
                + "4   Lee  70.00   22  False\n"
                + "2  Park  70.00   25   True\n"
                + "3  Choi  85.25   31   True\n"
                + "1   Lee    NaN   31  False\n"
                + "   name  score  age     ok\n"
                + "0   Kim  90.50   20   True\n"
                + "2  Park  70.00   25   True\n"
                + "3  Choi  85.25   31   True\n"
                + "4   Lee  70.00   22  False\n"
                + "1   Lee    NaN   31  False\n",
                run("print(df.sort_values(['age', 'score']))\n"
                + "print(df.sort_values(['ok', 'age'], ascending=[False, True]))\n"));
    }

    @Test
    void corrOfTheNumberColumnsCountsBoolsAsNumbers() {
        assertEquals("          score       age        ok\n"
                + "score  1.000000  0.045335  0.565288\n"
                + "age    0.045335  1.000000 -0.126049\n"
                + "ok     0.565288 -0.126049  1.000000\n"
                + "          score       age\n"
                + "score  1.000000  0.045335\n"
                + "age    0.045335  1.000000\n",
                run("print(df.corr(numeric_only=True))\n"
                + "print(df[['score', 'age']].corr())\n"));
    }

    @Test
    void roundAndAbsKeepTheDtypes() {
        assertEquals("0    1.2\n"
                + "1   -2.5\n"
                + "2    3.7\n"
                + "3    NaN\n"
                + "4   -0.5\n"
                + "5    2.5\n"
                + "dtype: float64\n"
                + "0    1.0\n"
                + "1   -2.0\n"
                + "2    4.0\n"
                + "3    NaN\n"
                + "4   -0.0\n"
                + "5    2.0\n"
                + "dtype: float64\n"
                + "0    0.0\n"
                + "1   -0.0\n"
                + "2    0.0\n"
                + "3    NaN\n"
                + "4   -0.0\n"
                + "5    0.0\n"
                + "dtype: float64\n"
                + "0    1.250\n"
                + "1    2.500\n"
                + "2    3.675\n"
                + "3      NaN\n"
                + "4    0.500\n"
                + "5    2.500\n"
                + "dtype: float64\n"
                + "0    20\n"
                + "1    20\n"
                + "2   -40\n"
                + "dtype: int64\n"
                + "   name  score  age     ok\n"
                + "0   Kim   90.5   20   True\n"
                + "1   Lee    NaN   31  False\n"
                + "2  Park   70.0   25   True\n"
                + "3  Choi   85.2   31   True\n"
                + "4   Lee   70.0   22  False\n"
                + "   score  age\n"
                + "0  90.50   20\n"
                + "1    NaN   31\n"
                + "2  70.00   25\n"
                + "3  85.25   31\n"
                + "4  70.00   22\n",
                run("s = pd.Series([1.25, -2.5, 3.675, np.nan, -0.5, 2.5])\n"
                + "print(s.round(1))\n"
                + "print(s.round())\n"
                + "print(s.round(-1))\n"
                + "print(s.abs())\n"
                + "print(pd.Series([15, 25, -35]).round(-1))\n"
                + "print(df.round(1))\n"
                + "print(df[['score', 'age']].abs())\n"));
    }

    @Test
    void corrRefusesATextColumnAsPandasTwoDoes() {
        // pandas 2.x: numeric_only defaults to False and the frame is converted to float (1.5 dropped the column)
        assertEquals("ValueError: could not convert string to float: 'Kim'", error("df.corr()\n"));
    }

    @Test
    void medianOfATextColumnNamesTheValuesPandasTriedToConvert() {
        // pandas 2.1+ (GH#34671): missing values show as the 0 pandas filled in before converting
        assertEquals("TypeError: Cannot convert ['Kim' 'Lee' 'Park' 'Choi' 'Lee' 0] to numeric",
                error("pd.Series(['Kim', 'Lee', 'Park', 'Choi', 'Lee', None]).median()\n"));
        assertEquals("TypeError: Cannot convert [['Kim' 'Lee' 'Park' 'Choi' 'Lee']] to numeric", error("df.median()\n"));
    }

    @Test
    void roundOfATextSeriesAndAbsOfTextRaise() {
        // pandas 2.x checks the dtype first (1.5 failed inside numpy: "can't multiply sequence by non-int")
        assertEquals("TypeError: Expected numeric dtype, got object instead.", error("df['name'].round(1)\n"));
        assertEquals("TypeError: bad operand type for abs(): 'str'", error("df.abs()\n"));
    }

    @Test
    void sortValuesChecksItsColumnsAndDirections() {
        assertEquals("KeyError: 'nope'", error("df.sort_values('nope')\n"));
        assertEquals("ValueError: Length of ascending (1) != length of by (2)",
                error("df.sort_values(['age', 'score'], ascending=[True])\n"));
        assertEquals("NotImplementedError: the playground's DataFrame.sort_values does not take na_position='first'",
                error("df.sort_values('age', na_position='first')\n"));
        assertEquals("NotImplementedError: the playground's sort_values does not take kind='heapsort'",
                error("df['age'].sort_values(kind='heapsort')\n"));
    }

    @Test
    void sortValuesInPlaceChangesTheFrame() {
        assertEquals("None\n"
                + "[20, 22, 25, 31, 31]\n", run("print(df.sort_values('age', inplace=True))\nprint(df['age'].tolist())\n"));
    }
}
