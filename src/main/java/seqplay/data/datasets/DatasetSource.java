package seqplay.data.datasets;

/**
 * Where the bundled dataset files come from: the one thing that differs between the JVM and the browser.
 *
 * <p>On the JVM (command line, tests) {@link ClasspathDatasetSource} reads them from the jar. TeaVM gives the browser
 * no class-path resources, so the web worker implements this interface over texts the page fetched from the site's
 * {@code datasets/} folder (a copy of {@code src/main/resources/seqplay/datasets/}) and handed over before the
 * lesson runs. Names are relative to that folder: {@code iris.csv}, {@code descr/iris.rst}; the list is
 * {@link BundledDatasets#FILES}.
 *
 * <pre>{@code
 * DatasetSource pageFiles = name -> textsFromThePage.get(name);   // null when the page has not sent it
 * Bunch iris = new BundledDatasets(pageFiles).loadIris(false, false);
 * }</pre>
 */
@FunctionalInterface
public interface DatasetSource {
    /** The whole text of the bundled file {@code name}, or {@code null} when this host does not have it. */
    String read(String name);
}
