package seqplay.data.pandas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import seqplay.data.csv.ReadCsv;
import seqplay.errors.PyException;
import seqplay.format.PyStrings;

/**
 * The files {@code pd.read_csv} can open in a run: what the host registered (lesson files it bundles, files the
 * learner uploaded). Nothing is read from a disk or the network.
 *
 * <p>Names are matched as Colab would find them: {@code iris.csv}, {@code ./iris.csv} and
 * {@code /content/iris.csv} (Colab's working folder) are the same file. Uploads arrive as bytes and are decoded as
 * UTF-8 with Python's error text for other encodings; the 20 MB cap is checked before decoding.
 *
 * <pre>{@code
 * files.registerBytes("scores.csv", uploadedBytes);          // host side
 * df = pd.read_csv('scores.csv')                              # learner side
 * }</pre>
 */
public final class DataFiles {
    private final Map<String, byte[]> bytes = new LinkedHashMap<>();
    private final Map<String, String> texts = new LinkedHashMap<>();

    /** Offers a file the host already holds as text. */
    public void register(String name, String text) {
        texts.put(normalize(name), text);
    }

    /** Offers an uploaded file; it is decoded when read. */
    public void registerBytes(String name, byte[] content) {
        bytes.put(normalize(name), content);
    }

    /** The registered names, in registration order. */
    public List<String> names() {
        List<String> all = new java.util.ArrayList<>(texts.keySet());
        all.addAll(bytes.keySet());
        return all;
    }

    static String normalize(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/content/")) {
            n = n.substring("/content/".length());
        }
        while (n.startsWith("./")) {
            n = n.substring(2);
        }
        return n;
    }

    /** The text of {@code name}, with Python's errors for a missing file or a web address. */
    public String read(String name) {
        if (name.startsWith("http://") || name.startsWith("https://")) {
            throw new PyException("urllib.error.URLError", "<urlopen error [Errno -3] Temporary failure in name"
                    + " resolution>", "pandas.no_network");
        }
        String key = normalize(name);
        if (texts.containsKey(key)) {
            String text = texts.get(key);
            ReadCsv.checkSize(name, text.length());
            return text;
        }
        if (bytes.containsKey(key)) {
            return ReadCsv.decodeUtf8(name, bytes.get(key));
        }
        throw new PyException("FileNotFoundError", "[Errno 2] No such file or directory: " + PyStrings.repr(name),
                "pandas.file_not_found");
    }

    /** {@code pd.read_csv(name, sep=..., header=..., usecols=...)}. */
    public DataFrame readCsv(String name, ReadCsv.Options options) {
        return DataFrame.fromCsv(ReadCsv.read(name, read(name), options));
    }
}
