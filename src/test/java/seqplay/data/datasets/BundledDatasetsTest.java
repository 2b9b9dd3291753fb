package seqplay.data.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.List;
import org.junit.jupiter.api.Test;
import seqplay.errors.PyException;

/**
 * Every array is compared bit for bit with scikit-learn 1.2.1 (Debian 12's python3-sklearn, the package the files
 * were taken from) through the first 16 hex digits of the SHA-256 of its little-endian bytes, as printed by
 * {@code hashlib.sha256(np.ascontiguousarray(b.data).tobytes()).hexdigest()[:16]}.
 */
class BundledDatasetsTest {
    private final BundledDatasets datasets = new BundledDatasets(new ClasspathDatasetSource());

    static String sha16(double[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            b.putDouble(v);
        }
        return sha16(b.array());
    }

    static String sha16(long[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            b.putLong(v);
        }
        return sha16(b.array());
    }

    private static String sha16(byte[] bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                sb.append(String.format("%02x", d[i]));
            }
            return sb.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void irisMatchesSklearnBitForBit() {
        Dataset d = datasets.iris();
        assertEquals(150, d.rows());
        assertEquals(4, d.cols());
        assertEquals("012f498fe9c8b3b3", sha16(d.data()));
        assertEquals("734737f111629912", sha16(d.classTarget()));
        assertEquals(List.of("setosa", "versicolor", "virginica"), d.targetNames());
        assertEquals(List.of("sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"),
                d.featureNames());
        assertEquals(5.1, d.data()[0]);
    }

    @Test
    void wineMatchesSklearnBitForBit() {
        Dataset d = datasets.wine();
        assertEquals(178, d.rows());
        assertEquals(13, d.cols());
        assertEquals("8edcf3903afd97c6", sha16(d.data()));
        assertEquals("b6514e07a6d27854", sha16(d.classTarget()));
        assertEquals("od280/od315_of_diluted_wines", d.featureNames().get(11));
    }

    @Test
    void breastCancerMatchesSklearnBitForBit() {
        Dataset d = datasets.breastCancer();
        assertEquals(569, d.rows());
        assertEquals(30, d.cols());
        assertEquals("6b202a2072f9a038", sha16(d.data()));
        assertEquals("1763c0f8cd3f454b", sha16(d.classTarget()));
        assertEquals(List.of("malignant", "benign"), d.targetNames());
    }

    @Test
    void digitsMatchSklearnBitForBitWithAndWithoutNClass() {
        Dataset d = datasets.digits(10);
        assertEquals(1797, d.rows());
        assertEquals(64, d.cols());
        assertEquals("20def7f70a702f0a", sha16(d.data()));
        assertEquals("a3c91c262eddcf7b", sha16(d.classTarget()));
        assertEquals("pixel_7_7", d.featureNames().get(63));
        Dataset three = datasets.digits(3);
        assertEquals(537, three.rows()); // 178 zeros + 182 ones + 177 twos
        assertEquals("389071c97a0abb8a", sha16(three.data()));
        assertEquals("e028399aece68c0e", sha16(three.classTarget()));
    }

    @Test
    void rawDiabetesMatchesSklearnBitForBit() {
        Dataset d = datasets.diabetes(false);
        assertEquals("d7ce525d9a280a2b", sha16(d.data()));
        assertEquals("4911e8747aff95aa", sha16(d.valueTarget()));
        assertEquals(151.0, d.valueTarget()[0]);
    }

    @Test
    void scaledDiabetesMatchesSklearnBitForBit() {
        // sha256 of load_diabetes().data in full: 47de666d94b66f7e125c0e85f450bc23...
        Dataset d = datasets.diabetes(true);
        assertEquals(442, d.rows());
        assertEquals("47de666d94b66f7e", sha16(d.data()));
        assertEquals(0.038075906433423026, d.data()[0]);
        assertEquals(0.0030644094143684884, d.data()[441 * 10 + 9]);
    }

    @Test
    void descrIsSklearnsText() {
        String descr = datasets.iris().descr();
        assertEquals(".. _iris_dataset:\n\nIris plants dataset\n--------------------\n", descr.substring(0, 60));
        assertEquals(2782, descr.length());
    }

    @Test
    void aMissingFileExplainsThatThePageHasNotLoadedIt() {
        BundledDatasets empty = new BundledDatasets(name -> null);
        PyException e = assertThrows(PyException.class, empty::iris);
        assertEquals("OSError: the playground could not read its bundled dataset file iris.csv (the page has not"
                + " loaded it)", e.pythonLine());
    }

    @Test
    void everyListedFileIsBundled() {
        ClasspathDatasetSource source = new ClasspathDatasetSource();
        for (String f : BundledDatasets.FILES) {
            assertEquals(true, source.read(f) != null, f);
        }
    }
}
