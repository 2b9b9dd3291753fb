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
        out.add("int " + PyFormat.format(1234567L, "08,") + " " + PyFormat.format(255L, "#x") + " "
                + PyFloat.roundToInteger(2.5) + " " + PyFloat.repr(5e-324) + " " + PyFloat.repr(1e16));
        return out;
    }
}
