package seqplay.data.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import seqplay.data.datasets.ClasspathDatasetSource;
import seqplay.data.pandas.DataFiles;
import seqplay.lang.Library;
import seqplay.lang.Run;

/**
 * {@code pd.read_csv(..., skiprows=, nrows=, na_values=, names=, index_col=)}: the expected outputs are what
 * pandas 1.5.3 printed for the same program and files (these options read alike in pandas 2.x).
 */
class ReadCsvOptionsTest {
    private static Run program(String lines) {
        DataFiles files = new DataFiles();
        files.register("skip.csv", "Survey of scores\nname,score,age\nKim,90.5,20\nLee,-999,31\nPark,?,25\n"
                + "Choi,85.25,31\nLee,70,22\n");
        files.register("ix.csv", "id,name,score\n10,Kim,1\n11,Lee,2\n12,Park,3\n");
        files.register("unnamed.csv", ",a,b\n0,1,2\n1,3,4\n");
        files.register("noh.csv", "Kim,1\nLee,2\n");
        return Run.of("import pandas as pd\n" + lines, Library.modules(new ClasspathDatasetSource(), files));
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
    void skiprowsDropsTheLinesBeforeTheHeader() {
        assertEquals("   name  score  age\n"
                + "0   Kim   90.5   20\n"
                + "1   Lee   -999   31\n"
                + "2  Park      ?   25\n"
                + "3  Choi  85.25   31\n"
                + "4   Lee     70   22\n"
                + "name     object\n"
                + "score    object\n"
                + "age       int64\n"
                + "dtype: object\n",
                run("df = pd.read_csv('skip.csv', skiprows=1)\n"
                + "print(df)\n"
                + "print(df.dtypes)\n"));
    }

    @Test
    void naValuesAddToPandasDefaultsAndNumbersMatchTheirText() {
        assertEquals("   name  score  age\n"
                + "0   Kim  90.50   20\n"
                + "1   Lee    NaN   31\n"
                + "2  Park    NaN   25\n"
                + "3  Choi  85.25   31\n"
                + "4   Lee  70.00   22\n"
                + "   id  name  score\n"
                + "0  10   Kim      1\n"
                + "1  11   NaN      2\n"
                + "2  12  Park      3\n",
                run("print(pd.read_csv('skip.csv', skiprows=1, na_values=['?', -999]))\n"
                + "print(pd.read_csv('ix.csv', na_values='Lee'))\n"));
    }

    @Test
    void nrowsReadsOnlyTheFirstRowsAndInfersTheirTypes() {
        assertEquals("  name  score  age\n"
                + "0  Kim   90.5   20\n"
                + "1  Lee -999.0   31\n"
                + "Empty DataFrame\n"
                + "Columns: [id, name, score]\n"
                + "Index: []\n",
                run("print(pd.read_csv('skip.csv', skiprows=1, nrows=2))\n"
                + "print(pd.read_csv('ix.csv', nrows=0))\n"));
    }

    @Test
    void namesReplaceOrStandInForTheHeader() {
        assertEquals("    who points  years\n"
                + "0   Kim   90.5     20\n"
                + "1   Lee   -999     31\n"
                + "2  Park      ?     25\n"
                + "3  Choi  85.25     31\n"
                + "4   Lee     70     22\n"
                + "  name  n\n"
                + "0  Kim  1\n"
                + "1  Lee  2\n"
                + "  name  n  extra\n"
                + "0  Kim  1    NaN\n"
                + "1  Lee  2    NaN\n"
                + "    a     b  c\n"
                + "0  10   Kim  1\n"
                + "1  11   Lee  2\n"
                + "2  12  Park  3\n",
                run("print(pd.read_csv('skip.csv', skiprows=2, names=['who', 'points', 'years']))\n"
                + "print(pd.read_csv('noh.csv', names=['name', 'n']))\n"
                + "print(pd.read_csv('noh.csv', names=['name', 'n', 'extra']))\n"
                + "print(pd.read_csv('ix.csv', header=0, names=['a', 'b', 'c']))\n"));
    }

    @Test
    void indexColMakesAColumnTheIndex() {
        assertEquals("    name  score\n"
                + "id             \n"
                + "10   Kim      1\n"
                + "11   Lee      2\n"
                + "12  Park      3\n"
                + "      id  score\n"
                + "name           \n"
                + "Kim   10      1\n"
                + "Lee   11      2\n"
                + "Park  12      3\n"
                + "   a  b\n"
                + "0  1  2\n"
                + "1  3  4\n",
                run("print(pd.read_csv('ix.csv', index_col=0))\n"
                + "print(pd.read_csv('ix.csv', index_col='name'))\n"
                + "print(pd.read_csv('unnamed.csv', index_col=0))\n"));
    }

    @Test
    void badOptionsRaisePandasErrors() {
        assertEquals("ValueError: Index nope invalid", error("pd.read_csv('ix.csv', index_col='nope')\n"));
        assertEquals("IndexError: list index out of range", error("pd.read_csv('ix.csv', index_col=5)\n"));
        assertEquals("ValueError: 'nrows' must be an integer >=0", error("pd.read_csv('ix.csv', nrows=-1)\n"));
        assertEquals("ValueError: Duplicate names are not allowed.", error("pd.read_csv('noh.csv', names=['a', 'a'])\n"));
        assertEquals("NotImplementedError: the playground's read_csv takes skiprows as a number of lines",
                error("pd.read_csv('ix.csv', skiprows=[1])\n"));
    }
}
