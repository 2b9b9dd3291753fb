package seqplay.data.pandas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import seqplay.data.csv.ReadCsv;
import seqplay.data.datasets.BundledDatasets;
import seqplay.data.datasets.ClasspathDatasetSource;
import seqplay.data.datasets.Dataset;
import seqplay.format.PyFloat;

/**
 * Every expected text is what pandas printed for the same data ({@code src/test/resources/pandas/make_golden.py},
 * run with Debian 12's pandas 1.5.3 at Colab's {@code display.max_columns=20}; the cases where pandas 2.x prints
 * otherwise, {@code value_counts} and {@code get_dummies}, are produced there in their 2.x form).
 */
class PandasPrintingTest {
    private static final Map<String, String> GOLDEN = load();

    private static Map<String, String> load() {
        try (InputStream in = PandasPrintingTest.class.getResourceAsStream("/pandas/golden.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> cases = new HashMap<>();
            for (String block : text.split("(?m)^@@@ ")) {
                if (block.isEmpty()) {
                    continue;
                }
                int nl = block.indexOf('\n');
                String body = block.substring(nl + 1);
                cases.put(block.substring(0, nl), body.substring(0, body.length() - 1));
            }
            return cases;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(String name, String actual) {
        assertEquals(GOLDEN.get(name), actual, name);
    }

    private static final BundledDatasets DATASETS = new BundledDatasets(new ClasspathDatasetSource());

    static DataFrame frame(Dataset d) {
        return DataFrame.fromRows(d.data(), d.rows(), d.cols(), false, List.copyOf(d.featureNames()));
    }

    static DataFrame iris() {
        Dataset d = DATASETS.iris();
        DataFrame df = frame(d);
        df.set("target", Column.ofInts(d.classTarget()));
        return df;
    }

    static DataFrame csv(String name, ReadCsv.Options options) {
        try (InputStream in = PandasPrintingTest.class.getResourceAsStream("/csv/" + name)) {
            return DataFrame.fromCsv(ReadCsv.read(name, ReadCsv.decodeUtf8(name, in.readAllBytes()), options));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static DataFrame csv(String name) {
        return csv(name, ReadCsv.Options.defaults());
    }

    @Test
    void irisPrintsTruncatedToHeadAndTailAndWrappedAtEightyColumns() {
        check("iris", iris().repr());
    }

    @Test
    void headAndTailKeepTheirRowLabels() {
        check("iris.head", iris().head(5).repr());
        check("iris.tail3", iris().tail(3).repr());
    }

    @Test
    void describeGivesCountMeanStdAndQuartiles() {
        check("iris.describe", iris().describe().repr());
        check("wine.describe", frame(DATASETS.wine()).describe().repr());
        check("missing.describe", csv("missing.csv").describe().repr());
    }

    @Test
    void infoListsColumnsCountsDtypesAndMemory() {
        check("iris.info", iris().info());
        check("breast_cancer.info", frame(DATASETS.breastCancer()).info());
        check("missing.info", csv("missing.csv").info());
        check("no_header.info", csv("no_header.csv", ReadCsv.Options.defaults().withHeader(null)).info());
    }

    @Test
    void dtypesAndColumns() {
        check("iris.dtypes", iris().dtypes().repr());
        check("iris.columns", iris().columnsRepr());
    }

    @Test
    void aLongSeriesShowsLengthInItsFooter() {
        check("iris.sepal", iris().get("sepal length (cm)").repr());
        check("iris.sepal.head", iris().get("sepal length (cm)").head(5).repr());
        check("missing.x", csv("missing.csv").get("x").repr());
    }

    @Test
    void valueCountsIsNamedCountAndIndexedByTheColumnName() {
        check("iris.target.value_counts", iris().get("target").valueCounts(false).repr());
        check("missing.label.value_counts", csv("missing.csv").get("label").valueCounts(false).repr());
    }

    @Test
    void seriesDescribe() {
        check("iris.target.describe", iris().get("target").describe().repr());
        check("missing.label.describe", csv("missing.csv").get("label").describe().repr());
    }

    @Test
    void sumsAndMeans() {
        check("iris.isna.sum", iris().isna().sum().repr());
        check("iris.mean", iris().mean(false).repr());
        check("iris.sum", iris().sum().repr());
        check("iris.sepal.mean", PyFloat.repr(iris().get("sepal length (cm)").mean()));
        check("iris.sepal.std", PyFloat.repr(iris().get("sepal length (cm)").std()));
    }

    @Test
    void wideFramesWrapIntoBlocksAndVeryWideOnesShowTheirFirstAndLastTenColumns() {
        check("wine.head", frame(DATASETS.wine()).head(5).repr());
        check("breast_cancer", frame(DATASETS.breastCancer()).repr());
        check("digits.head", frame(DATASETS.digits(10)).head(5).repr());
    }

    @Test
    void missingValuesPrintAsNanAndTheHelpersHandleThem() {
        DataFrame m = csv("missing.csv");
        check("missing", m.repr());
        check("missing.isna", m.isna().repr());
        check("missing.isna.sum", m.isna().sum().repr());
        check("missing.dropna", m.dropna(false, null).repr());
        check("missing.dropna.subset", m.dropna(false, List.of("label")).repr());
        check("missing.fillna0", m.fillna(0L).repr());
    }

    @Test
    void csvFramesPrintLikePandas() {
        check("quoted", csv("quoted.csv").repr());
        check("korean", csv("bom_korean.csv").repr());
        check("exponents", csv("exponents.csv").repr());
        check("implicit_index", csv("implicit_index.csv").repr());
        check("header_only", csv("header_only.csv").repr());
        check("no_header", csv("no_header.csv", ReadCsv.Options.defaults().withHeader(null)).repr());
        check("tab", csv("tab.tsv", ReadCsv.Options.defaults().withSep("\t")).repr());
        check("mixed", csv("mixed_types.csv").repr());
    }

    @Test
    void getDummiesAppendsBoolColumnsPerValue() {
        check("dummies.frame", Reshape.getDummies(csv("tab.tsv", ReadCsv.Options.defaults().withSep("\t")), null,
                false).repr());
        check("dummies.series", Reshape.getDummies(csv("missing.csv").get("label"), false).repr());
        check("dummies.drop_first", Reshape.getDummies(csv("missing.csv"), List.of("label"), true).repr());
    }

    @Test
    void floatColumnsShareDecimalsAndSwitchToExponentsForTinyOrHugeValues() {
        DataFrame f = new DataFrame(List.of("small", "large", "ints_as_float", "neg", "big_short"), List.of(
                Column.ofFloats(new double[] {1e-7, 0.5, 2.0}),
                Column.ofFloats(new double[] {1234567.891, 2.5, 3.0}),
                Column.ofFloats(new double[] {1.0, 2.0, 3.0}),
                Column.ofFloats(new double[] {-1.5, 0.25, -0.125}),
                Column.ofFloats(new double[] {2e6, 3e6, 4e6})), Index.range(3));
        check("floats", f.repr());
    }

    @Test
    void emptyAndTextHeavyObjects() {
        check("series.empty", Series.of(Column.ofFloats(new double[0]), "e").repr());
        check("series.objects", Series.of(Column.ofObjects(new Object[] {"a", null, 1.5, 2L, true}), null).repr());
        check("series.long_text", Series.of(Column.ofObjects(new Object[] {"x".repeat(60), "short"}), null).repr());
        check("frame.empty", new DataFrame(List.of(), List.of(), Index.range(0)).repr());
        check("frame.long_text", new DataFrame(List.of("t", "n"), List.of(
                Column.ofObjects(new Object[] {"y".repeat(70), "ok"}), Column.ofInts(new long[] {1, 2})),
                Index.range(2)).repr());
    }

    @Test
    void aHundredRowsShowFiveAtEachEnd() {
        double[] v = new double[100];
        for (int i = 0; i < 100; i++) {
            v[i] = i * 1.5;
        }
        DataFrame big = new DataFrame(List.of("v"), List.of(Column.ofFloats(v)), Index.range(100));
        check("frame.100rows", big.repr());
        check("series.100rows", big.get("v").repr());
    }

    @Test
    void negativeNumbersTakeTheLeadingSpace() {
        DataFrame neg = new DataFrame(List.of("a", "b"), List.of(Column.ofInts(new long[] {-1, 20, 3}),
                Column.ofFloats(new double[] {-1.5, 2.25, Double.NaN})), Index.range(3));
        check("neg", neg.repr());
        check("neg.a", neg.get("a").repr());
    }

    @Test
    void filteredRowsKeepTheirLabels() {
        DataFrame m = csv("missing.csv");
        Series odd = SeriesOps.apply(SeriesOps.apply(m.get("id"), "%", 2L, false), "==", 1L, false);
        DataFrame filtered = SeriesOps.filter(m, odd);
        check("filtered", filtered.repr());
        check("filtered.index", filtered.index().repr());
    }

    @Test
    void floatAndBoolLabelsAndNames() {
        check("float.value_counts", Series.of(Column.ofFloats(new double[] {1.5, 2.0, 1.5}), "v").valueCounts(false)
                .repr());
        check("bool.series", Series.of(Column.ofBools(new boolean[] {true, false}), 0L).repr());
    }

    @Test
    void twentyFiveColumnsShowTenAtEachEnd() {
        List<Object> names = new java.util.ArrayList<>();
        double[] data = new double[75];
        for (int j = 0; j < 25; j++) {
            names.add("c" + j);
        }
        for (int i = 0; i < 75; i++) {
            data[i] = i;
        }
        check("wide25", DataFrame.fromRows(data, 3, 25, false, names).repr());
    }

    @Test
    void sixtyRowsPrintInFullAndSixtyOneAreCut() {
        for (int n : new int[] {60, 61}) {
            long[] v = new long[n];
            for (int i = 0; i < n; i++) {
                v[i] = i;
            }
            check("rows" + n, new DataFrame(List.of("n"), List.of(Column.ofInts(v)), Index.range(n)).repr());
        }
    }

    @Test
    void describeOfTextColumnsCountsValues() {
        check("object.describe", csv("quoted.csv").select(List.of("name", "comment")).describe().repr());
    }

    @Test
    void longIndexReprsWrapUnderTheBracket() {
        DataFrame ints = csv("no_header.csv", ReadCsv.Options.defaults().withHeader(null));
        check("columns.int", ints.columnsRepr());
        List<Object> names = new java.util.ArrayList<>();
        List<Column> cols = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            names.add("feature_" + i);
            cols.add(Column.ofInts(new long[0]));
        }
        check("columns.long", new DataFrame(names, cols, Index.range(0)).columnsRepr());
    }
}
