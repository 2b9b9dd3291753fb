package seqplay.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import seqplay.lang.Library;
import seqplay.lang.RichEvent;
import seqplay.lang.Run;

/**
 * {@code matplotlib.pyplot}: the figure each call builds (sent as a {@code figure} event), the values the calls
 * return as matplotlib prints them, and matplotlib's error texts, recorded from matplotlib 3.6 running the same
 * lines (an Axes is named {@code Axes} as since 3.7, where 3.6 says {@code AxesSubplot}).
 */
class PyplotTest {
    private static Run run(String code) {
        return Run.of("import numpy as np\nimport matplotlib.pyplot as plt\n" + code + "\n", Library.modules());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> axes(RichEvent figure) {
        return (List<Map<String, Object>>) figure.data().get("axes");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> artists(Map<String, Object> axes) {
        return (List<Map<String, Object>>) axes.get("artists");
    }

    @Test
    void aTrainingCurveWithLabelsBecomesOneFigureAtShow() {
        Run r = run("loss = [0.9, 0.5, 0.3]\nplt.figure(figsize=(8, 4))\nplt.plot(loss, label='loss')\n"
                + "plt.plot([1, 2, 3], [0.8, 0.6, 0.5], 'r--o', label='val_loss')\nplt.title('학습 곡선')\n"
                + "plt.xlabel('epoch')\nplt.ylabel('loss')\nplt.legend()\nplt.grid(True)\nplt.show()\nprint('after')");
        assertNull(r.error, r::all);
        assertEquals("after\n", r.all(), "a figure prints nothing, as Python running a script");
        assertEquals(1, r.events.size());
        RichEvent f = r.events.get(0);
        assertEquals("figure", f.kind());
        assertEquals(8.0, f.data().get("width"));
        assertEquals(4.0, f.data().get("height"));
        Map<String, Object> ax = axes(f).get(0);
        assertEquals("학습 곡선", ax.get("title"));
        assertEquals("epoch", ax.get("xlabel"));
        assertEquals("loss", ax.get("ylabel"));
        assertEquals(true, ax.get("legend"));
        assertEquals(true, ax.get("grid"));
        Map<String, Object> loss = artists(ax).get(0);
        assertEquals("line", loss.get("type"));
        assertArrayEquals(new double[] {0, 1, 2}, (double[]) loss.get("x"));
        assertArrayEquals(new double[] {0.9, 0.5, 0.3}, (double[]) loss.get("y"));
        assertEquals(Styles.cycleColor(0), loss.get("color"));
        assertEquals("-", loss.get("linestyle"));
        assertEquals("", loss.get("marker"));
        Map<String, Object> val = artists(ax).get(1);
        assertEquals("#ff0000", val.get("color"));
        assertEquals("--", val.get("linestyle"));
        assertEquals("o", val.get("marker"));
        assertEquals("val_loss", val.get("label"));
    }

    @Test
    void aFigureNeverShownIsShownWhenTheProgramEndsAsInANotebook() {
        Run r = run("plt.scatter([1, 2, 3], [3, 1, 2], c=[0, 1, 1], cmap='coolwarm')");
        assertEquals(1, r.events.size());
        Map<String, Object> s = artists(axes(r.events.get(0)).get(0)).get(0);
        assertEquals("scatter", s.get("type"));
        assertArrayEquals(new double[] {0, 1, 1}, (double[]) s.get("c"));
        assertEquals("coolwarm", s.get("cmap"));
        assertEquals(36.0, s.get("size"));
    }

    @Test
    void subplotsImagesBarsAndHistogramsLandOnTheirOwnAxes() {
        Run r = run("plt.subplot(1, 3, 1)\nplt.imshow(np.arange(6).reshape(2, 3), cmap='gray')\nplt.axis('off')\n"
                + "plt.subplot(132)\nplt.bar(['cat', 'dog'], [3, 5])\nplt.subplot(1, 3, 3)\n"
                + "counts, edges, bars = plt.hist([1, 2, 2, 3], bins=3)\nprint(counts, edges, bars)\nplt.show()");
        assertEquals("[1. 2. 1.] [1.         1.66666667 2.33333333 3.        ] <BarContainer object of 3 artists>\n",
                r.all());
        List<Map<String, Object>> ax = axes(r.events.get(0));
        assertEquals(3, ax.size());
        Map<String, Object> image = artists(ax.get(0)).get(0);
        assertEquals(List.of("image", 2, 3, "gray"), List.of(image.get("type"), image.get("rows"), image.get("cols"),
                image.get("cmap")));
        assertEquals(true, ax.get(0).get("axisOff"));
        Map<String, Object> bars = artists(ax.get(1)).get(0);
        assertEquals(List.of("cat", "dog"), bars.get("names"));
        assertArrayEquals(new double[] {0, 1}, (double[]) bars.get("x"));
        assertEquals(2, ax.get(1).get("index"));
        Map<String, Object> hist = artists(ax.get(2)).get(0);
        assertArrayEquals(new double[] {1, 2, 1}, (double[]) hist.get("heights"));
        assertEquals(2.0 / 3, (double) hist.get("width"), 1e-15);
    }

    @Test
    void returnedValuesPrintAsMatplotlibsDo() {
        Run r = run("print(plt.plot([1, 2]))\nprint(plt.title('a'), plt.xlabel('b'), plt.ylabel('c'))\n"
                + "f = plt.figure(figsize=(8, 4))\nprint(f)\nprint(repr(f))\nprint(plt.xlim(0, 5))\n"
                + "print(plt.subplot(2, 2, 1))\nprint(plt.plot([[1, 2], [3, 4]]))\nplt.close()\nplt.show()");
        // addresses are the playground's stable fake ones; matplotlib's differ per run
        assertEquals("[<matplotlib.lines.Line2D object at 0x…>]\nText(0.5, 1.0, 'a') Text(0.5, 0, 'b') "
                + "Text(0, 0.5, 'c')\nFigure(800x400)\n<Figure size 800x400 with 0 Axes>\n(0.0, 5.0)\nAxes(0.125,0.53;0.352273x0.35)\n"
                + "[<matplotlib.lines.Line2D object at 0x…>, <matplotlib.lines.Line2D object at 0x…>]\n",
                r.all().replaceAll(" at 0x[0-9a-f]+", " at 0x…"));
        assertEquals(1, r.events.size(), "the first figure is shown when plt.figure starts a new one; the "
                + "closed one is never shown");
    }

    @Test
    void pandasPlotDrawsOneLinePerColumnOnANewFigureWithALegend() {
        Run r = Run.of("import pandas as pd\nimport matplotlib.pyplot as plt\n"
                + "h = {'loss': [0.9, 0.6, 0.4], 'accuracy': [0.5, 0.7, 0.8], 'name': ['a', 'b', 'c']}\n"
                + "ax = pd.DataFrame(h).plot(figsize=(8, 5))\nprint(ax)\nplt.title('history')\nplt.show()\n"
                + "print(repr(pd.Series([3, 5, 2], index=['a', 'b', 'c'], name='n').plot(kind='bar')))\n",
                Library.modules(new seqplay.data.datasets.ClasspathDatasetSource(),
                        new seqplay.data.pandas.DataFiles()));
        assertEquals("Axes(0.125,0.11;0.775x0.77)\n<Axes: >\n", r.all());
        assertEquals(2, r.events.size());
        Map<String, Object> ax = axes(r.events.get(0)).get(0);
        assertEquals(8.0, r.events.get(0).data().get("width"));
        assertEquals("history", ax.get("title"));
        assertEquals(true, ax.get("legend"));
        List<Map<String, Object>> lines = artists(ax);
        assertEquals(List.of("loss", "accuracy"), List.of(lines.get(0).get("label"), lines.get(1).get("label")),
                "the text column is left out, as pandas plots numeric data only");
        assertArrayEquals(new double[] {0, 1, 2}, (double[]) lines.get(0).get("x"));
        Map<String, Object> bars = artists(axes(r.events.get(1)).get(0)).get(0);
        assertEquals(List.of("a", "b", "c"), bars.get("names"));
        assertArrayEquals(new double[] {3, 5, 2}, (double[]) bars.get("heights"));
        assertEquals(0.5, bars.get("width"));
        Run none = Run.of("import pandas as pd\npd.DataFrame({'t': ['x', 'y']}).plot()\n",
                Library.modules(new seqplay.data.datasets.ClasspathDatasetSource(),
                        new seqplay.data.pandas.DataFiles()));
        assertEquals("TypeError: no numeric data to plot", none.error.lastLine());
    }

    @Test
    void legendWithoutLabelsWarnsAsMatplotlibDoes() {
        Run r = run("plt.bar(['a', 'b'], [1, 2])\nplt.legend()");
        assertEquals("No artists with labels found to put in legend.  Note that artists whose label start with an "
                + "underscore are ignored when legend() is called with no argument.\n", r.err.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "plt.plot([1, 2, 3], [1, 2])|ValueError: x and y must have same first dimension, but have shapes (3,) and (2,)",
        "plt.plot([1, 2, 3], 'zz')|ValueError: 'zz' is not a valid format string (unrecognized character 'z')",
        "plt.plot([1, 2], 'rb')|ValueError: 'rb' is not a valid format string (two color symbols)",
        "plt.plot([1, 2, 3], color='foo')|ValueError: 'foo' is not a valid value for color",
        "plt.subplot(2, 2, 5)|ValueError: num must be 1 <= num <= 4, not 5",
        "plt.scatter([1, 2], [1, 2, 3])|ValueError: x and y must be the same size",
        "plt.colorbar()|RuntimeError: No mappable was found to use for colorbar creation. First define a mappable such as an image (with imshow) or a contour set (with contourf).",
        "plt.savefig('a.png')|NotImplementedError: plt.savefig is not supported in the playground (it cannot write files)",
    })
    void mistakesGetMatplotlibsText(String code, String lastLine) {
        assertEquals(lastLine, run(code).error.lastLine());
    }

    @Test
    void aFigureDrawnBeforeAnErrorIsStillShown() {
        Run r = run("plt.plot([1, 2])\nprint(undefined_name)");
        assertEquals(1, r.events.size());
        assertEquals("NameError: name 'undefined_name' is not defined", r.error.lastLine());
    }

    /** A figure event's data as one text (arrays written out), so that a whole figure is compared at once. */
    private static String text(Object o) {
        if (o instanceof double[] d) {
            return java.util.Arrays.toString(d);
        }
        if (o instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder("{");
            for (Map.Entry<?, ?> e : m.entrySet()) {
                b.append(b.length() > 1 ? ", " : "").append(e.getKey()).append('=').append(text(e.getValue()));
            }
            return b.append('}').toString();
        }
        if (o instanceof List<?> l) {
            StringBuilder b = new StringBuilder("[");
            for (Object x : l) {
                b.append(b.length() > 1 ? ", " : "").append(text(x));
            }
            return b.append(']').toString();
        }
        return String.valueOf(o);
    }

    @Test
    void legendWithNamesLabelsTheArtistsInTheOrderTheyWereDrawn() {
        Run r = run("plt.plot([0.9, 0.5], label='loss')\nplt.plot([0.8, 0.6])\nplt.plot([1, 1])\n"
                + "print(plt.legend(['train', 'test'], loc='upper left'))");
        assertEquals("Legend\n", r.all(), "no warning: the names come with the call");
        assertEquals("", r.err.toString());
        List<Map<String, Object>> lines = artists(axes(r.events.get(0)).get(0));
        assertEquals(List.of("train", "test", "_nolegend_"), List.of(lines.get(0).get("label"),
                lines.get(1).get("label"), lines.get(2).get("label")), "a third line has no name, so no entry");
        Run letters = run("plt.plot([1, 2])\nplt.plot([2, 1])\nplt.legend('loss')");
        List<Map<String, Object>> two = artists(axes(letters.events.get(0)).get(0));
        assertEquals(List.of("l", "o"), List.of(two.get(0).get("label"), two.get(1).get("label")),
                "a str is a sequence of names, as matplotlib reads it");
        Run again = run("plt.plot([1, 2], label='a')\nplt.legend(['x'])\nplt.legend()");
        assertEquals("a", artists(axes(again.events.get(0)).get(0)).get(0).get("label"),
                "legend() again uses the artists' own labels, which the names did not change");
    }

    @Test
    void subplotsReturnsTheFigureAndItsAxesPrintedAsMatplotlibAndNumpyDo() {
        Run r = run("fig, ax = plt.subplots()\nprint(fig, repr(fig), ax)\n"
                + "fig, axes = plt.subplots(2, 3, figsize=(9, 4))\nprint(repr(fig))\nprint(axes.shape)\n"
                + "print(axes)\nprint(repr(axes))\nprint(plt.gca() is axes[1, 2], plt.gca() is axes[1][2], "
                + "plt.gcf() is fig)\nprint(len(axes), axes.ravel().shape, axes.flatten().shape, axes.size, "
                + "axes.ndim)\nprint(axes[0, 1], repr(axes[-1, -1]))\n"
                + "fig, axes = plt.subplots(1, 10)\nprint(repr(axes))\nprint(axes)\n"
                + "fig, axes = plt.subplots(4, 1, squeeze=False)\nprint(repr(axes))\n"
                + "fig, axes = plt.subplots(1, 2)\nprint(axes[0].set_title('t'), axes[0].set_xlabel('x'), "
                + "axes[0].set_ylabel('y'))\nprint(repr(axes[0]), axes[0])\nprint(fig.axes)\n"
                + "print(fig.suptitle('big'), plt.suptitle('big2'))");
        assertNull(r.error, r::all);
        // matplotlib 3.6.3 with its AxesSubplot named Axes, as 3.7+ names it
        assertEquals("Figure(640x480) <Figure size 640x480 with 1 Axes> Axes(0.125,0.11;0.775x0.77)\n"
                + "<Figure size 900x400 with 6 Axes>\n"
                + "(2, 3)\n"
                + "[[<Axes: > <Axes: > <Axes: >]\n"
                + " [<Axes: > <Axes: > <Axes: >]]\n"
                + "array([[<Axes: >, <Axes: >, <Axes: >],\n"
                + "       [<Axes: >, <Axes: >, <Axes: >]], dtype=object)\n"
                + "True True True\n"
                + "2 (6,) (6,) 6 2\n"
                + "Axes(0.398529,0.53;0.227941x0.35) <Axes: >\n"
                + "array([<Axes: >, <Axes: >, <Axes: >, <Axes: >, <Axes: >, <Axes: >,\n"
                + "       <Axes: >, <Axes: >, <Axes: >, <Axes: >], dtype=object)\n"
                + "[<Axes: > <Axes: > <Axes: > <Axes: > <Axes: > <Axes: > <Axes: > <Axes: >\n"
                + " <Axes: > <Axes: >]\n"
                + "array([[<Axes: >],\n"
                + "       [<Axes: >],\n"
                + "       [<Axes: >],\n"
                + "       [<Axes: >]], dtype=object)\n"
                + "Text(0.5, 1.0, 't') Text(0.5, 0, 'x') Text(0, 0.5, 'y')\n"
                + "<Axes: title={'center': 't'}, xlabel='x', ylabel='y'> Axes(0.125,0.11;0.352273x0.77)\n"
                + "[<Axes: title={'center': 't'}, xlabel='x', ylabel='y'>, <Axes: >]\n"
                + "Text(0.5, 0.98, 'big') Text(0.5, 0.98, 'big2')\n", r.all());
        assertEquals(5, r.events.size(), "each new figure shows the one before it; the last at the end");
    }

    @Test
    void axesMethodsDrawOnTheirOwnAxesOfTheFigure() {
        Run r = run("fig, axes = plt.subplots(1, 2, figsize=(10, 4))\nfig.suptitle('digits')\n"
                + "axes[0].plot([1, 2], [0.5, 0.25], 'g:', label='loss')\naxes[0].set_title('curve')\n"
                + "axes[0].set_xlabel('epoch')\naxes[0].set_ylim(0, 1)\naxes[0].legend()\naxes[0].grid()\n"
                + "axes[1].imshow(np.eye(2), cmap='gray')\nprint(axes[1].axis('off'))\nfig.tight_layout()\n"
                + "plt.show()");
        assertNull(r.error, r::all);
        assertEquals("(-0.5, 1.5, 1.5, -0.5)\n", r.all(), "an image's extent, y inverted (matplotlib 3.6.3)");
        assertEquals(1, r.events.size());
        assertEquals("{width=10.0, height=4.0, suptitle=digits, axes=["
                + "{rows=1, cols=2, index=1, title=curve, xlabel=epoch, ylabel=, xlim=[], ylim=[0.0, 1.0], "
                + "grid=true, legend=true, axisOff=false, artists=[{type=line, x=[1.0, 2.0], y=[0.5, 0.25], "
                + "color=#008000, marker=, linestyle=:, label=loss}]}, "
                + "{rows=1, cols=2, index=2, title=, xlabel=, ylabel=, xlim=[], ylim=[], grid=false, legend=false, "
                + "axisOff=true, artists=[{type=image, rows=2, cols=2, values=[1.0, 0.0, 0.0, 1.0], cmap=gray}]}]}",
                text(r.events.get(0).data()));
    }

    @Test
    void anAxesMethodCalledOnTheArrayOfAxesGetsItsOwnHint() {
        Run r = run("fig, axes = plt.subplots(2, 2)\naxes.plot([1, 2])");
        assertEquals("AttributeError: 'numpy.ndarray' object has no attribute 'plot'", r.error.lastLine());
        assertEquals("plot.axes_array", r.error.hintId());
        Run other = run("fig, axes = plt.subplots(2, 2)\naxes.nothing");
        assertEquals("AttributeError: 'ndarray' object has no attribute 'nothing'", other.error.lastLine());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "plt.subplots(0, 2)|ValueError: Number of rows must be a positive integer, not 0",
        "plt.subplots(1, 1.5)|ValueError: Number of columns must be a positive integer, not 1.5",
        "fig, ax = plt.subplots(2, 2); ax[2, 0]|IndexError: index 2 is out of bounds for axis 0 with size 2",
        "fig, ax = plt.subplots(2, 2); ax[0, 2]|IndexError: index 2 is out of bounds for axis 1 with size 2",
        "fig, ax = plt.subplots(1, 2); ax[0, 1]|IndexError: too many indices for array: array is 1-dimensional, but 2 were indexed",
        "fig, ax = plt.subplots(); ax.plot([1, 2, 3], [1, 2])|ValueError: x and y must have same first dimension, but have shapes (3,) and (2,)",
        "plt.legend(1, 2, 3)|TypeError: legend only accepts two non-keyword arguments",
        "fig, ax = plt.subplots(); ax.set_xticks([1])|AttributeError: 'Axes' object has no attribute 'set_xticks'",
    })
    void subplotsMistakesGetMatplotlibsAndNumpysText(String code, String lastLine) {
        assertEquals(lastLine, run(code).error.lastLine());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // matplotlib 3.6.3: print(plt.axis()) after the call
        "plt.plot([0.9, 0.5, 0.3])|(-0.1, 2.1, 0.26999999999999996, 0.93)",
        "plt.plot([1, 2, 3], [4, 5, 7])|(0.9, 3.1, 3.85, 7.15)",
        "plt.plot([5])|(-0.05500000000000001, 0.05500000000000001, 4.725, 5.275)",
        "plt.plot([0, 0])|(-0.05, 1.05, -0.05500000000000001, 0.05500000000000001)",
        "plt.plot([1, np.nan, 3])|(-0.1, 2.1, 0.9, 3.1)",
        "plt.plot([0.1, 0.2, 0.7])|(-0.1, 2.1, 0.07, 0.73)",
        "plt.scatter([1, 2, 3], [3, 1, 2], s=400)|(0.9, 3.1, 0.9, 3.1)",
        "plt.bar(['a', 'b'], [3, 5])|(-0.49, 1.49, 0.0, 5.25)",
        "plt.bar([1, 2, 3], [-1, 5, 2])|(0.45999999999999996, 3.5400000000000005, -1.3, 5.3)",
        "plt.hist([1, 2, 2, 3], bins=3)|(0.9, 3.1, 0.0, 2.1)",
        "plt.hist(np.array([0.3, 1.7, 2.2, 5.9, 3.3, 4.1, 0.05, 7.77, 2.5, 6.1]), bins=7, density=True)|(-0.33599999999999997, 8.155999999999999, 0.0, 0.19041450777202082)",
        "plt.imshow(np.zeros((8, 8)))|(-0.5, 7.5, 7.5, -0.5)",
        "plt.imshow(np.zeros((2, 3))); plt.plot([0, 5], [0, 5])|(-0.5, 5.275, 5.275, -0.5)",
        "plt.plot([1, 2]); plt.xlim(0, 5)|(0.0, 5.0, 0.95, 2.05)",
        "plt.plot([1, 2]); plt.axis('off')|(-0.05, 1.05, 0.95, 2.05)",
        "plt.figure()|(0.0, 1.0, 0.0, 1.0)",
    })
    void axisReturnsTheLimitsMatplotlibsAutoscalingChooses(String code, String limits) {
        Run r = run(code + "\nprint(plt.axis())");
        assertNull(r.error, r::all);
        assertEquals(limits + "\n", r.all());
    }

    @Test
    void xlimWithOneOrNoLimitKeepsOrReportsTheAutoscaledOnes() {
        Run r = run("plt.plot([0.9, 0.5, 0.3])\nprint(plt.xlim())\nprint(plt.ylim(bottom=0))\n"
                + "fig, ax = plt.subplots()\nax.plot([1, 2, 3], [4, 5, 7])\nprint(ax.set_xlim(right=10))\n"
                + "print(ax.set_ylim())");
        assertEquals("(-0.1, 2.1)\n(0.0, 0.93)\n(0.9, 10.0)\n(3.85, 7.15)\n", r.all());
    }

    @Test
    void aSeriesPlotsOnTheOpenFigureAndADataFrameOnANewOne() {
        Run r = Run.of("import pandas as pd\nimport matplotlib.pyplot as plt\n"
                + "df = pd.DataFrame({'loss': [0.9, 0.6, 0.4], 'val_loss': [1.0, 0.7, 0.6]})\n"
                + "a1 = df['loss'].plot()\na2 = df['val_loss'].plot()\nprint(a1 is a2, plt.axis())\n"
                + "plt.legend()\nplt.show()\nplt.figure(figsize=(3, 2))\nprint(repr(df['loss'].plot(title='t')))\n"
                + "a3 = df.plot()\nprint(a3 is plt.gca())\na4 = df['loss'].plot(kind='bar')\n"
                + "print(a4 is a3, plt.axis())\n",
                Library.modules(new seqplay.data.datasets.ClasspathDatasetSource(),
                        new seqplay.data.pandas.DataFiles()));
        assertNull(r.error, r::all);
        // pandas 2 on matplotlib 3.6.3 (its AxesSubplot named Axes, as 3.7+ names it)
        assertEquals("True (-0.1, 2.1, 0.37, 1.03)\n<Axes: title={'center': 't'}>\nTrue\nTrue (-0.5, 2.5, 0.0, 1.05)\n",
                r.all());
        assertEquals(3, r.events.size(), "loss and val_loss together; the 3x2 figure; the DataFrame's with the bars");
        List<Map<String, Object>> shared = artists(axes(r.events.get(0)).get(0));
        assertEquals(List.of("loss", "val_loss"), List.of(shared.get(0).get("label"), shared.get(1).get("label")));
        assertEquals(3.0, r.events.get(1).data().get("width"));
        assertEquals(List.of("line", "line", "bars"), artists(axes(r.events.get(2)).get(0)).stream()
                .map(a -> a.get("type")).toList());
    }

    @Test
    void rangesAndColormapObjectsAreTakenAsNotebooksPassThem() {
        Run r = run("epochs = range(1, 4)\nplt.plot(epochs, [0.9, 0.6, 0.5], 'bo')\nprint(plt.axis())\n"
                + "plt.figure()\nplt.imshow(np.arange(4).reshape(2, 2), cmap=plt.cm.gray_r)\n"
                + "plt.scatter([0, 1], [1, 0], c=[0, 1], cmap=plt.get_cmap('Blues'))\n"
                + "print(repr(plt.cm.gray_r)[:49], repr(plt.cm.viridis)[:40], plt.cm.gray_r.name)\n"
                + "print(np.array(range(10, 0, -3)), np.array(range(3)).dtype)");
        assertNull(r.error, r::all);
        // matplotlib 3.6.3 and numpy
        assertEquals("(0.9, 3.1, 0.48, 0.92)\n"
                + "<matplotlib.colors.LinearSegmentedColormap object <matplotlib.colors.ListedColormap object gray_r\n"
                + "[10  7  4  1] int64\n", r.all());
        assertArrayEquals(new double[] {1, 2, 3}, (double[]) artists(axes(r.events.get(0)).get(0)).get(0).get("x"));
        List<Map<String, Object>> second = artists(axes(r.events.get(1)).get(0));
        assertEquals(List.of("gray_r", "Blues"), List.of(second.get(0).get("cmap"), second.get(1).get("cmap")));
        assertEquals("AttributeError: module 'matplotlib.cm' has no attribute 'nonexistent'",
                run("plt.cm.nonexistent").error.lastLine());
    }

    @Test
    void axesSetAppliesEachSetterInOrderAndReturnsTheirResults() {
        Run r = run("fig, ax = plt.subplots()\nprint(ax.set(title='a', xlabel='x', ylabel='y', xlim=(0, 2), "
                + "ylim=[1, 3]))\nprint(ax.set())\nprint(repr(ax))");
        assertNull(r.error, r::all);
        // matplotlib 3.6.3 (its AxesSubplot named Axes, as 3.7+ names it)
        assertEquals("[Text(0.5, 1.0, 'a'), Text(0.5, 0, 'x'), Text(0, 0.5, 'y'), (0.0, 2.0), (1.0, 3.0)]\n[]\n"
                + "<Axes: title={'center': 'a'}, xlabel='x', ylabel='y'>\n", r.all());
        assertEquals("AttributeError: Axes.set() got an unexpected keyword argument 'foo'",
                run("fig, ax = plt.subplots()\nax.set(foo=1)").error.lastLine());
    }

    @Test
    void callsOutsideTheDrawnSubsetSayWhatIsOfferedWithAHintOfTheirOwn() {
        Run axis = run("plt.plot([1, 2])\nplt.axis('equal')");
        assertEquals("NotImplementedError: plt.axis('equal') is not supported in the playground (it offers 'off' and "
                + "'on')", axis.error.lastLine());
        assertEquals("plot.unsupported_argument", axis.error.hintId());
        Run set = run("fig, ax = plt.subplots()\nax.set(xticks=[1, 2])");
        assertEquals("NotImplementedError: ax.set(xticks=...) is not supported in the playground (it takes title, "
                + "xlabel, ylabel, xlim and ylim)", set.error.lastLine());
        assertEquals("plot.unsupported_argument", set.error.hintId());
        Run ticks = run("plt.xticks(rotation=45)");
        assertEquals("AttributeError: module 'matplotlib.pyplot' has no attribute 'xticks'", ticks.error.lastLine());
        assertEquals("lang.attribute_not_in_subset", ticks.error.hintId());
    }

    @Test
    void theArrayOfAxesSlicesAsNumpySlicesIt() {
        Run r = run("fig, axes = plt.subplots(2, 3)\naxes[0, 0].set_title('a')\n"
                + "print(repr(axes[0, :]), repr(axes[:, 0]))\nprint(repr(axes[:, 1:]))\n"
                + "print(repr(axes.ravel()[4:]), repr(axes[0, ::-1]))\nprint(axes[0, 5:], axes[1:, 1:].shape)\n"
                + "for ax in axes.flat[:2]:\n    ax.plot([1, 2])\nplt.show()");
        assertNull(r.error, r::all);
        // numpy 1.24 with matplotlib 3.6.3 (its AxesSubplot named Axes, as 3.7+ names it)
        assertEquals("array([<Axes: title={'center': 'a'}>, <Axes: >, <Axes: >], dtype=object) "
                + "array([<Axes: title={'center': 'a'}>, <Axes: >], dtype=object)\n"
                + "array([[<Axes: >, <Axes: >],\n       [<Axes: >, <Axes: >]], dtype=object)\n"
                + "array([<Axes: >, <Axes: >], dtype=object) array([<Axes: >, <Axes: >, <Axes: title={'center': 'a'}>],"
                + " dtype=object)\n[] (1, 2)\n", r.all());
        List<Map<String, Object>> ax = axes(r.events.get(0));
        assertEquals(List.of(1, 1, 0, 0, 0, 0), ax.stream().map(a -> artists(a).size()).toList());
    }

    @Test
    void rcParamsTakeTheKoreanFontLinesAndTheDefaultFigureSize() {
        Run r = run("import matplotlib\nimport matplotlib as mpl\nprint(plt.rcParams is matplotlib.rcParams)\n"
                + "print(repr(plt.rcParams['font.family']), plt.rcParams['font.size'], plt.rcParams['figure.figsize'])\n"
                + "plt.rcParams['font.family'] = 'Malgun Gothic'\nprint(repr(plt.rcParams['font.family']))\n"
                + "print(plt.rc('font', family='NanumGothic'), repr(plt.rcParams['font.family']))\n"
                + "mpl.rcParams['axes.unicode_minus'] = False\nprint(plt.rcParams['axes.unicode_minus'])\n"
                + "plt.rcParams['figure.figsize'] = (10, 6)\nprint(repr(plt.rcParams['figure.figsize']), plt.figure())\n"
                + "plt.rc('figure', figsize=(3, 2))\nfig, ax = plt.subplots()\nprint(fig)\n"
                + "plt.rcParams.update({'font.size': 12})\nplt.rc('lines', lw=3)\n"
                + "print(plt.rcParams['font.size'], plt.rcParams['lines.linewidth'], matplotlib.use('Agg'))");
        assertNull(r.error, r::all);
        // matplotlib 3.6.3
        assertEquals("True\n['sans-serif'] 10.0 [6.4, 4.8]\n['Malgun Gothic']\nNone ['NanumGothic']\nFalse\n"
                + "[10.0, 6.0] Figure(1000x600)\nFigure(300x200)\n12.0 3.0 None\n", r.all());
        assertEquals("ValueError: Key font.size: Could not convert 'big' to float",
                run("plt.rcParams['font.size'] = 'big'").error.lastLine());
        Run other = run("plt.rcParams['axes.spines.top'] = False");
        assertEquals("NotImplementedError: rcParams['axes.spines.top'] is not supported in the playground (it takes "
                + "font.family, font.sans-serif, font.size, font.weight, axes.unicode_minus, axes.grid, axes.titlesize, "
                + "axes.labelsize, axes.facecolor, xtick.labelsize, ytick.labelsize, legend.fontsize, lines.linewidth, "
                + "lines.markersize, figure.figsize, figure.dpi, figure.facecolor, image.cmap, savefig.dpi)",
                other.error.lastLine());
        assertEquals("plot.unsupported_argument", other.error.hintId());
    }
}
