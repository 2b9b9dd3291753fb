package seqplay.web;

import java.util.ArrayList;
import java.util.List;
import seqplay.format.PercentFormat;
import seqplay.format.PyFloat;
import seqplay.format.PyFormat;
import seqplay.random.SeededRandom;
import seqplay.tensor.Maths;

/**
 * Number text that every target must print identically: Python reprs, format specs, rounding and parsing over
 * seeded random values of all magnitudes. Part of {@link CrossTargetCheck}; it also makes TeaVM compile the
 * {@code seqplay.format} code, so a JDK API missing from its class library fails the build.
 */
final class NumberTextCheck {
    private NumberTextCheck() {
    }

    static List<String> lines() {
        List<String> out = new ArrayList<>();
        SeededRandom r = new SeededRandom(7);
        PercentFormat.Values values = new PercentFormat.Values() {
            @Override
            public String str(Object v) {
                return String.valueOf(v);
            }

            @Override
            public String repr(Object v) {
                return String.valueOf(v);
            }

            @Override
            public String typeName(Object v) {
                return "object";
            }
        };
        for (int i = 0; i < 60; i++) {
            double x = (r.nextDouble() - 0.5) * Maths.pow2(r.nextInt(200) - 100);
            double f = Maths.roundToFloat32(x);
            out.add("repr " + PyFloat.repr(x) + " " + PyFloat.reprFloat32(f) + " " + PyFormat.format(x, ".4f") + " "
                    + PyFormat.format(x, ">12.3e") + " " + PyFormat.format(x, "g") + " " + PyFormat.format(x, ",.2f")
                    + " " + PercentFormat.format("%.4e|%5.1f%%", java.util.List.of(x, x), true, values) + " "
                    + PyFloat.repr(PyFloat.round(x, 3)) + " " + PyFloat.repr(PyFloat.parse(PyFloat.repr(x) + "1")));
        }
        out.add("str " + PyFormat.format("정확도", "*^9") + " " + PyFormat.format("abcdef", ".3")
                + seqplay.format.PyStrings.repr("it's\n"));
        out.addAll(numpyLines(r));
        out.add("int " + PyFormat.format(1234567L, "08,") + " " + PyFormat.format(255L, "#x") + " "
                + PyFloat.roundToInteger(2.5) + " " + PyFloat.repr(5e-324) + " " + PyFloat.repr(1e16));
        return out;
    }

    /** Arrays printed by numpy's rules after arithmetic, reductions, sorting and random draws. */
    private static List<String> numpyLines(SeededRandom r) {
        List<String> out = new ArrayList<>();
        seqplay.numpy.NpRandom np = new seqplay.numpy.NpRandom(r);
        seqplay.numpy.NdArray x = np.randn(4, 3);
        seqplay.numpy.NdArray y = seqplay.numpy.Ufuncs.apply(seqplay.numpy.Ufuncs.Op.MULTIPLY, x,
                np.uniform(-1e-5, 1e5, 3));
        out.add(x.repr());
        out.add(y.str());
        out.add(x.mean(0, false).repr() + " " + x.std(null, 0, false).repr() + " " + x.argmax(1).repr());
        out.add(seqplay.numpy.Numpy.sort(x, 0).repr());
        out.add(seqplay.numpy.Numpy.round(x, 2).astype(seqplay.numpy.DType.FLOAT32).repr());
        out.add(np.randint(0, 1000, 1200).str());
        out.add(np.permutation(12).reshape(3, 4).get(java.util.List.of(seqplay.numpy.Index.all(),
                new seqplay.numpy.Index.At(1))).repr());
        // the harness compares line by line: keep each array on one line
        out.replaceAll(line -> line.replace('\n', '/'));
        return out;
    }
}
