package seqplay.web;

import java.util.ArrayList;
import java.util.List;
import seqplay.data.csv.Numbers;
import seqplay.data.csv.ReadCsv;
import seqplay.data.datasets.Generators;
import seqplay.data.pandas.DataFrame;
import seqplay.data.pandas.Reshape;
import seqplay.data.sklearn.Metrics;
import seqplay.data.sklearn.ModelSelection;
import seqplay.data.sklearn.StandardScaler;
import seqplay.data.sklearn.Warnings;
import seqplay.numpy.DType;
import seqplay.numpy.NdArray;
import seqplay.random.SeededRandom;

/**
 * The data layer's part of the cross-target check: CSV parsing (including the long decimals TeaVM's own
 * {@code Double.parseDouble} misreads), DataFrame printing, describe/info, scaling, a classification report, a
 * seeded generator and a seeded split must print the same on the JVM, in JavaScript and in Wasm.
 */
final class DataCheck {
    private DataCheck() {
    }

    private static final String CSV = "\uFEFFname,score,ratio,passed\n"
            + "\"Kim, Minji\",90,0.1000000000000000055511151231257827,True\n"
            + "Lee,85,90334086537360841e-26,False\n"
            + "Park,,1e23,True\n"
            + "이서준,70,-2.5E-2,\n";

    static List<String> lines() {
        List<String> out = new ArrayList<>();
        for (String s : new String[] {"87230975569702139e4", "57099377571935071e-24", "1.7976931348623157e308",
            "4.9e-324", "0.1", "1.510000000000000000e+02"}) {
            out.add("csvnum " + s + " " + CrossTargetCheck.hex(Numbers.parseDouble(s)));
        }
        DataFrame df = DataFrame.fromCsv(ReadCsv.read("check.csv", CSV, ReadCsv.Options.defaults()));
        out.addAll(split("frame", df.repr()));
        out.addAll(split("describe", df.describe().repr()));
        out.addAll(split("info", df.info()));
        out.addAll(split("dummies", Reshape.getDummies(df, List.of("passed"), false).repr()));
        out.addAll(split("counts", df.get("passed").valueCounts(true).repr()));

        NdArray x = NdArray.of(new double[][] {{1.5, 2.0}, {3.25, -1.0}, {0.1, 7.0}, {2.2, 2.2}});
        StandardScaler scaler = new StandardScaler();
        NdArray z = scaler.fitTransform(x);
        StringBuilder sb = new StringBuilder("scaler");
        for (double v : z.data()) {
            sb.append(' ').append(CrossTargetCheck.hex(v));
        }
        out.add(sb.toString());

        out.addAll(split("report", Metrics.classificationReport(List.of(0L, 1L, 2L, 2L, 1L, 0L),
                List.of(0L, 2L, 2L, 2L, 1L, 1L), null, 3, Warnings.IGNORE)));

        Generators.Generated moons = Generators.makeMoons(5, 5, true, 0.1, new SeededRandom(42));
        StringBuilder m = new StringBuilder("moons");
        for (int i = 0; i < moons.x().length; i++) {
            m.append(' ').append(CrossTargetCheck.hex(moons.x()[i]));
        }
        for (long label : moons.labels()) {
            m.append(' ').append(label);
        }
        out.add(m.toString());

        NdArray rows = new NdArray(DType.INT64, new int[] {10}, new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        List<Object> parts = ModelSelection.trainTestSplit(List.of(rows), 0.3, null, new SeededRandom(7), true,
                null);
        out.add("split " + ((NdArray) parts.get(0)).str() + " " + ((NdArray) parts.get(1)).str());
        return out;
    }

    private static List<String> split(String tag, String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(tag + "|" + line + "|");
        }
        return lines;
    }
}
