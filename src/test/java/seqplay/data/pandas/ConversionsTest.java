package seqplay.data.pandas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import seqplay.data.csv.ReadCsv;
import seqplay.data.datasets.BundledDatasets;
import seqplay.data.datasets.Bunch;
import seqplay.data.datasets.ClasspathDatasetSource;
import seqplay.errors.PyException;
import seqplay.numpy.DType;
import seqplay.numpy.NdArray;

/** DataFrames to and from numpy arrays, the Bunch of {@code load_*}, the files {@code read_csv} opens. */
class ConversionsTest {
    private static final BundledDatasets DATASETS = new BundledDatasets(new ClasspathDatasetSource());

    @Test
    void loadIrisGivesSklearnsKeysShapesAndDtypes() {
        Bunch b = Bunch.of(DATASETS.iris(), false);
        assertEquals(List.of("data", "target", "frame", "target_names", "DESCR", "feature_names", "filename",
                "data_module"), b.keys());
        NdArray data = (NdArray) b.get("data");
        NdArray target = (NdArray) b.get("target");
        assertArrayEquals(new int[] {150, 4}, data.shape());
        assertEquals(DType.FLOAT64, data.dtype());
        assertArrayEquals(new int[] {150}, target.shape());
        assertEquals(DType.INT64, target.dtype());
        assertNull(b.get("frame"));
        assertEquals("iris.csv", b.get("filename"));
    }

    @Test
    void asFrameSplitsTheFrameIntoFeaturesAndATargetSeries() {
        Bunch b = Bunch.of(DATASETS.iris(), true);
        DataFrame frame = (DataFrame) b.get("frame");
        DataFrame data = (DataFrame) b.get("data");
        Series target = (Series) b.get("target");
        assertEquals(5, frame.ncols());
        assertEquals("target", frame.columns().get(4));
        assertEquals(4, data.ncols());
        assertEquals("target", target.name());
        assertEquals("int64", target.dtypeName());
        assertEquals(List.of(data, target), b.xy());
    }

    @Test
    void digitsHaveImagesAndIntegerTargetNames() {
        Bunch b = Bunch.of(DATASETS.digits(10), false);
        assertEquals(List.of("data", "target", "frame", "feature_names", "target_names", "images", "DESCR"),
                b.keys());
        assertArrayEquals(new int[] {1797, 8, 8}, ((NdArray) b.get("images")).shape());
        assertEquals(DType.INT64, ((NdArray) b.get("target_names")).dtype());
    }

    @Test
    void diabetesTargetIsFloat() {
        Bunch b = Bunch.of(DATASETS.diabetes(true), false);
        assertEquals(DType.FLOAT64, ((NdArray) b.get("target")).dtype());
        assertEquals(List.of("data", "target", "frame", "DESCR", "feature_names", "data_filename",
                "target_filename", "data_module"), b.keys());
    }

    @Test
    void valuesOfIntAndFloatColumnsAreFloat64() {
        DataFrame df = new DataFrame(List.of("a", "b"), List.of(Column.ofInts(new long[] {1, 2}),
                Column.ofFloats(new double[] {0.5, Double.NaN})), Index.range(2));
        NdArray v = df.toNumpy();
        assertEquals(DType.FLOAT64, v.dtype());
        assertArrayEquals(new int[] {2, 2}, v.shape());
        assertArrayEquals(new double[] {1, 0.5, 2, Double.NaN}, v.data());
        DataFrame ints = df.select(List.of("a"));
        assertEquals(DType.INT64, ints.toNumpy().dtype());
        assertEquals(DType.INT64, df.get("a").toNumpy().dtype());
    }

    @Test
    void textColumnsCannotBecomeArraysHereAndSaySo() {
        DataFrame df = new DataFrame(List.of("x", "species"), List.of(Column.ofFloats(new double[] {1}),
                Column.ofObjects(new Object[] {"setosa"})), Index.range(1));
        PyException e = assertThrows(PyException.class, df::toNumpy);
        assertEquals("NotImplementedError: the playground's numpy arrays hold numbers only; column 'species' holds"
                + " text (pandas would make an object array). Drop it, or turn it into numbers with pd.get_dummies or"
                + " a mapping", e.pythonLine());
    }

    @Test
    void aFrameFromAnArrayTakesTheColumnNames() {
        NdArray x = NdArray.of(new double[][] {{1, 2}, {3, 4}});
        DataFrame df = DataFrame.fromArray(x, List.of("p", "q"));
        assertEquals("     p    q\n0  1.0  2.0\n1  3.0  4.0", df.repr()); // pandas 1.5.3 printed this
        PyException e = assertThrows(PyException.class, () -> DataFrame.fromArray(x, List.of("p")));
        assertEquals("ValueError: Shape of passed values is (2, 2), indices imply (2, 1)", e.pythonLine());
    }

    @Test
    void readCsvFindsRegisteredFilesUnderColabsPaths() {
        DataFiles files = new DataFiles();
        files.registerBytes("scores.csv", "이름,점수\n민지,90\n".getBytes(StandardCharsets.UTF_8));
        DataFrame a = files.readCsv("scores.csv", ReadCsv.Options.defaults());
        DataFrame b = files.readCsv("/content/scores.csv", ReadCsv.Options.defaults());
        assertEquals(a.repr(), b.repr());
        assertEquals("   이름  점수\n0  민지  90", a.repr());
        PyException missing = assertThrows(PyException.class, () -> files.read("data.csv"));
        assertEquals("FileNotFoundError: [Errno 2] No such file or directory: 'data.csv'", missing.pythonLine());
        PyException web = assertThrows(PyException.class, () -> files.read("https://example.org/x.csv"));
        assertEquals("pandas.no_network", web.hintId());
    }

    @Test
    void tableViewHasTheShownCellsWithoutPadding() {
        double[] v = new double[100];
        for (int i = 0; i < 100; i++) {
            v[i] = i * 1.5;
        }
        DataFrame big = new DataFrame(List.of("v"), List.of(Column.ofFloats(v)), Index.range(100));
        TableView t = big.toTable();
        assertEquals(List.of("v"), t.columns());
        assertEquals(List.of("0", "1", "2", "3", "4", "95", "96", "97", "98", "99"), t.index());
        assertEquals(List.of("0.0"), t.cells().get(0));
        assertEquals(List.of("148.5"), t.cells().get(9));
        assertEquals(5, t.rowGapAt());
        assertEquals(-1, t.columnGapAt());
        assertEquals("100 rows × 1 columns", t.footer());
    }
}
