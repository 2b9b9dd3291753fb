package seqplay.data.datasets;

import java.util.ArrayList;
import java.util.List;
import seqplay.data.csv.Numbers;
import seqplay.errors.PyException;

/**
 * The five real datasets of {@code sklearn.datasets}, read from the bundled copies of scikit-learn 1.2.1's own
 * files (see {@code SOURCES.md} beside them) the way its {@code _base.py} reads them.
 *
 * <pre>{@code
 * from sklearn.datasets import load_iris
 * iris = load_iris()            # data (150, 4) float64, target (150,) int64
 * }</pre>
 */
public final class BundledDatasets {
    /** Every file a host must be able to hand to {@link DatasetSource#read}. */
    public static final List<String> FILES = List.of("iris.csv", "wine_data.csv", "breast_cancer.csv",
            "digits.csv", "diabetes_data_raw.csv", "diabetes_target.csv", "descr/iris.rst", "descr/wine_data.rst",
            "descr/breast_cancer.rst", "descr/digits.rst", "descr/diabetes.rst");

    private static final List<String> IRIS_FEATURES = List.of("sepal length (cm)", "sepal width (cm)",
            "petal length (cm)", "petal width (cm)");
    private static final List<String> WINE_FEATURES = List.of("alcohol", "malic_acid", "ash", "alcalinity_of_ash",
            "magnesium", "total_phenols", "flavanoids", "nonflavanoid_phenols", "proanthocyanins", "color_intensity",
            "hue", "od280/od315_of_diluted_wines", "proline");
    private static final List<String> BREAST_CANCER_FEATURES = List.of("mean radius", "mean texture",
            "mean perimeter", "mean area", "mean smoothness", "mean compactness", "mean concavity",
            "mean concave points", "mean symmetry", "mean fractal dimension", "radius error", "texture error",
            "perimeter error", "area error", "smoothness error", "compactness error", "concavity error",
            "concave points error", "symmetry error", "fractal dimension error", "worst radius", "worst texture",
            "worst perimeter", "worst area", "worst smoothness", "worst compactness", "worst concavity",
            "worst concave points", "worst symmetry", "worst fractal dimension");
    private static final List<String> DIABETES_FEATURES = List.of("age", "sex", "bmi", "bp", "s1", "s2", "s3",
            "s4", "s5", "s6");

    private final DatasetSource source;

    public BundledDatasets(DatasetSource source) {
        this.source = source;
    }

    /** Iris: 150 × 4, three classes of 50. */
    public Dataset iris() {
        return labelled("iris", "iris.csv", "iris.rst", IRIS_FEATURES);
    }

    /** Wine: 178 × 13, three classes. */
    public Dataset wine() {
        return labelled("wine", "wine_data.csv", "wine_data.rst", WINE_FEATURES);
    }

    /** Breast cancer (Wisconsin diagnostic): 569 × 30, classes malignant (0) and benign (1). */
    public Dataset breastCancer() {
        return labelled("breast_cancer", "breast_cancer.csv", "breast_cancer.rst", BREAST_CANCER_FEATURES);
    }

    /**
     * Digits: 1797 × 64 pixels (0..16) of 8 × 8 images; {@code nClass} keeps the digits below it, as
     * {@code load_digits(n_class=…)}. sklearn's {@code target_names} is {@code np.arange(10)}, so
     * {@link Dataset#targetNames()} is null here.
     */
    public Dataset digits(int nClass) {
        if (nClass < 1 || nClass > 10) {
            throw PyException.valueError("The 'n_class' parameter of load_digits must be an int in the range"
                    + " [1, 10]. Got " + nClass + " instead.");
        }
        double[][] rows = numberRows(text("digits.csv"), "digits.csv", false);
        List<double[]> kept = new ArrayList<>();
        for (double[] r : rows) {
            if (r[64] < nClass) {
                kept.add(r);
            }
        }
        int n = kept.size();
        double[] data = new double[n * 64];
        long[] target = new long[n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(kept.get(i), 0, data, i * 64, 64);
            target[i] = (long) kept.get(i)[64];
        }
        List<String> names = new ArrayList<>();
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                names.add("pixel_" + r + "_" + c);
            }
        }
        return new Dataset("digits", data, n, 64, target, null, List.copyOf(names), null, descr("digits.rst"));
    }

    /**
     * Diabetes: 442 × 10 with a float64 target. {@code scaled} (sklearn's default) centres each feature and
     * divides it by its population standard deviation times √442, so each column's sum of squares is 1; the sums
     * run row by row, as numpy's {@code nanmean}/{@code nanstd} along axis 0 do.
     */
    public Dataset diabetes(boolean scaled) {
        double[][] rows = numberRows(text("diabetes_data_raw.csv"), "diabetes_data_raw.csv", true);
        double[][] targets = numberRows(text("diabetes_target.csv"), "diabetes_target.csv", true);
        int n = rows.length;
        int m = 10;
        double[] data = new double[n * m];
        for (int i = 0; i < n; i++) {
            System.arraycopy(rows[i], 0, data, i * m, m);
        }
        if (scaled) {
            scaleColumns(data, n, m);
        }
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            target[i] = targets[i][0];
        }
        return new Dataset("diabetes", data, n, m, null, target, DIABETES_FEATURES, null, descr("diabetes.rst"));
    }

    /** sklearn's {@code scale(data)} followed by {@code data /= n ** 0.5}. */
    private static void scaleColumns(double[] data, int n, int m) {
        double rootN = Math.sqrt(n);
        for (int j = 0; j < m; j++) {
            double sum = 0.0;
            for (int i = 0; i < n; i++) {
                sum += data[i * m + j];
            }
            double mean = sum / n;
            double squares = 0.0;
            for (int i = 0; i < n; i++) {
                double d = data[i * m + j] - mean;
                squares += d * d;
            }
            double std = Math.sqrt(squares / n);
            if (std == 0.0) {
                std = 1.0; // sklearn's _handle_zeros_in_scale
            }
            for (int i = 0; i < n; i++) {
                data[i * m + j] = (data[i * m + j] - mean) / std / rootN;
            }
        }
    }

    /** sklearn's {@code load_csv_data}: a first line {@code n_samples,n_features,class names…}, then rows. */
    private Dataset labelled(String name, String file, String descrFile, List<String> featureNames) {
        String text = text(file);
        String[] lines = text.split("\n");
        String[] head = lines[0].split(",");
        int n = Integer.parseInt(head[0].strip());
        int m = Integer.parseInt(head[1].strip());
        List<String> targetNames = new ArrayList<>();
        for (int k = 2; k < head.length; k++) {
            targetNames.add(head[k].strip());
        }
        double[] data = new double[n * m];
        long[] target = new long[n];
        for (int i = 0; i < n; i++) {
            String[] cells = lines[i + 1].split(",");
            if (cells.length != m + 1) {
                throw corrupt(file, i + 2);
            }
            for (int j = 0; j < m; j++) {
                data[i * m + j] = number(cells[j], file, i + 2);
            }
            target[i] = (long) number(cells[m], file, i + 2);
        }
        return new Dataset(name, data, n, m, target, null, featureNames, List.copyOf(targetNames),
                descr(descrFile));
    }

    /** numpy's {@code loadtxt}: every row a list of numbers split by commas or, if {@code blanks}, whitespace. */
    private static double[][] numberRows(String text, String file, boolean blanks) {
        List<double[]> rows = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = blanks ? line.split("[ \t]+") : line.split(",");
            double[] row = new double[cells.length];
            for (int j = 0; j < cells.length; j++) {
                row[j] = number(cells[j], file, i + 1);
            }
            rows.add(row);
        }
        return rows.toArray(new double[0][]);
    }

    private static double number(String cell, String file, int line) {
        double v = Numbers.parseDouble(cell);
        if (v != v) {
            throw corrupt(file, line);
        }
        return v;
    }

    private static PyException corrupt(String file, int line) {
        return new PyException("OSError", "the bundled dataset file " + file + " is damaged at line " + line);
    }

    private String text(String file) {
        String text = source.read(file);
        if (text == null) {
            throw new PyException("OSError", "the playground could not read its bundled dataset file " + file
                    + " (the page has not loaded it)", "dataset-missing");
        }
        return text;
    }

    private String descr(String file) {
        return text("descr/" + file);
    }
}
