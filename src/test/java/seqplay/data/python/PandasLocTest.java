package seqplay.data.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import seqplay.data.datasets.ClasspathDatasetSource;
import seqplay.data.pandas.DataFiles;
import seqplay.lang.Library;
import seqplay.lang.Run;

/**
 * {@code df.loc[...]} and {@code s.loc[...]} reads and {@code df.loc[rows, 'col'] = value} as a learner's program
 * writes them. The expected outputs are what pandas 1.5.3 printed for the same program; the error texts and the
 * FutureWarning are pandas 2.x's (commented where 1.5 differs).
 */
class PandasLocTest {
    private static final String PRELUDE = "import pandas as pd\n"
            + "import numpy as np\n"
            + "df = pd.DataFrame({'name': ['Kim', 'Lee', 'Park', 'Choi', 'Lee'], 'score': [90.5, np.nan, 70.0, 85.25,"
            + " 70.0],\n"
            + "                   'age': [20, 31, 25, 31, 22]})\n";

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
    void locWithAMaskKeepsTheRowsWhereItIsTrue() {
        assertEquals("   name  score  age\n"
                + "1   Lee    NaN   31\n"
                + "2  Park  70.00   25\n"
                + "3  Choi  85.25   31\n"
                + "1     Lee\n"
                + "2    Park\n"
                + "3    Choi\n"
                + "Name: name, dtype: object\n"
                + "   name  age\n"
                + "1   Lee   31\n"
                + "2  Park   25\n"
                + "3  Choi   31\n",
                run("print(df.loc[df['age'] > 24])\n"
                + "print(df.loc[df['age'] > 24, 'name'])\n"
                + "print(df.loc[df['age'] > 24, ['name', 'age']])\n"));
    }

    @Test
    void locWithAColumnListOrSliceSelectsColumns() {
        assertEquals("   age  name\n"
                + "0   20   Kim\n"
                + "1   31   Lee\n"
                + "2   25  Park\n"
                + "3   31  Choi\n"
                + "4   22   Lee\n"
                + "   name  score\n"
                + "0   Kim   90.5\n"
                + "2  Park   70.0\n"
                + "4   Lee   70.0\n"
                + "   score  age\n"
                + "1    NaN   31\n"
                + "2  70.00   25\n"
                + "3  85.25   31\n",
                run("print(df.loc[:, ['age', 'name']])\n"
                + "print(df.loc[::2, 'name':'score'])\n"
                + "print(df.loc[df['age'] > 24, 'score':])\n"));
    }

    @Test
    void locWithOneLabelGivesTheRowOrTheValue() {
        assertEquals("name      Choi\n"
                + "score    85.25\n"
                + "age         31\n"
                + "Name: 3, dtype: object\n"
                + "nan Kim 31\n"
                + "age      20\n"
                + "name    Kim\n"
                + "Name: 0, dtype: object\n",
                run("print(df.loc[3])\n"
                + "print(df.loc[1, 'score'], df.loc[0, 'name'], df['age'].loc[3])\n"
                + "print(df.loc[0, ['age', 'name']])\n"));
    }

    @Test
    void locLabelSlicesIncludeTheirEnd() {
        assertEquals("   name  score  age\n"
                + "1   Lee    NaN   31\n"
                + "2  Park  70.00   25\n"
                + "3  Choi  85.25   31\n"
                + "   name  score  age\n"
                + "2  Park  70.00   25\n"
                + "3  Choi  85.25   31\n"
                + "4   Lee  70.00   22\n"
                + "Empty DataFrame\n"
                + "Columns: [name, score, age]\n"
                + "Index: []\n"
                + "   name  score  age\n"
                + "3  Choi  85.25   31\n"
                + "2  Park  70.00   25\n"
                + "1   Lee    NaN   31\n"
                + "1    31\n"
                + "2    25\n"
                + "3    31\n"
                + "Name: age, dtype: int64\n",
                run("print(df.loc[1:3])\n"
                + "print(df.loc[2:100])\n"
                + "print(df.loc[3:1])\n"
                + "print(df.loc[3:1:-1])\n"
                + "print(df['age'].loc[1:3])\n"));
    }

    @Test
    void locSlicesFollowTheLabelsNotThePositions() {
        assertEquals("   name  score  age\n"
                + "4   Lee   70.0   22\n"
                + "2  Park   70.0   25\n"
                + "3    Choi\n"
                + "1     Lee\n"
                + "2    Park\n"
                + "4     Lee\n"
                + "0     Kim\n"
                + "Name: name, dtype: object\n",
                run("s = df.sort_values('age')\n"
                + "print(s.loc[4:2])\n"
                + "print(s['name'].loc[::-1])\n"));
    }

    @Test
    void locWithListsOfLabelsOrBools() {
        assertEquals("   age  name\n"
                + "3   31  Choi\n"
                + "0   20   Kim\n"
                + "   name  score  age\n"
                + "0   Kim   90.5   20\n"
                + "2  Park   70.0   25\n"
                + "4   Lee   70.0   22\n"
                + "   name  score  age\n"
                + "1   Lee    NaN   31\n"
                + "2  Park   70.0   25\n",
                run("print(df.loc[[3, 0], ['age', 'name']])\n"
                + "print(df.loc[[True, False, True, False, True]])\n"
                + "print(df.loc[np.array([1, 2])])\n"));
    }

    @Test
    void locAssignmentWritesTheSelectedRows() {
        assertEquals("   name   score  age group  one  two\n"
                + "0     A  90.500    0   NaN    1  NaN\n"
                + "1     B  77.625   31   old    1  NaN\n"
                + "2  Park  70.000   25   old    1  2.0\n"
                + "3  Choi  85.250   31   old    1  NaN\n"
                + "4   Lee  70.000    0   NaN    1  NaN\n"
                + "name      object\n"
                + "score    float64\n"
                + "age        int64\n"
                + "group     object\n"
                + "one        int64\n"
                + "two      float64\n"
                + "dtype: object\n",
                run("df.loc[df['age'] > 24, 'group'] = 'old'\n"
                + "df.loc[df['score'].isna(), 'score'] = df['score'].median()\n"
                + "df.loc[:, 'one'] = 1\n"
                + "df.loc[2, 'two'] = 2\n"
                + "df.loc[df['age'] < 25, 'age'] = 0\n"
                + "df.loc[[0, 1], 'name'] = ['A', 'B']\n"
                + "print(df)\n"
                + "print(df.dtypes)\n"));
    }

    @Test
    void locRaisesPandasKeyErrors() {
        assertEquals("KeyError: 7", error("df.loc[7]\n"));
        assertEquals("KeyError: 'a'", error("df.loc['a']\n"));
        // pandas 2.x prints the labels as Index (1.5: Int64Index)
        assertEquals("KeyError: \"None of [Index([7, 8], dtype='int64')] are in the [index]\"", error("df.loc[[7, 8]]\n"));
        assertEquals("KeyError: '[7] not in index'", error("df.loc[[1, 7]]\n"));
        assertEquals("KeyError: 'nope'", error("df.loc[:, 'nope']\n"));
        assertEquals("KeyError: \"['nope'] not in index\"", error("df.loc[:, ['age', 'nope']]\n"));
        assertEquals("KeyError: 9", error("df.sort_values('age').loc[4:9]\n"));
        assertEquals("IndexError: Boolean index has wrong length: 2 instead of 5", error("df.loc[[True, False]]\n"));
    }

    @Test
    void assigningAValueAnIntColumnCannotHoldUpcastsItWithAFutureWarning() {
        Run r = program("df.loc[df['age'] > 30, 'age'] = 30.5\nprint(df['age'].tolist())\n");
        assertNull(r.error);
        assertEquals("[20.0, 30.5, 25.0, 30.5, 22.0]\n", r.out.toString());
        // pandas 2.2's text (2.1 said "will raise in a future error of pandas")
        assertEquals("FutureWarning: Setting an item of incompatible dtype is deprecated and will raise an error in a"
                + " future version of pandas. Value '30.5' has dtype incompatible with int64, please explicitly cast"
                + " to a compatible dtype first.\n", r.err.toString());
    }

    @Test
    void locAssignmentOfSeveralColumnsIsRefused() {
        assertEquals("NotImplementedError: the playground's .loc assignment takes rows and one column label:"
                + " df.loc[mask, 'col'] = value", error("df.loc[df['age'] > 24] = 0\n"));
    }
}
