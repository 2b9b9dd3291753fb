package seqplay.web;

import java.util.ArrayList;
import java.util.List;
import seqplay.random.SeededRandom;
import seqplay.tensor.Maths;

/**
 * A program compiled three ways (JVM, TeaVM JavaScript, TeaVM Wasm-GC) whose printed lines must be identical.
 *
 * <p>It prints the raw bits of deterministic maths, of the seeded generator and of the numeric families
 * (activations, losses, optimizers, metrics, initializers: {@link FamiliesCheck}), so a test can diff the JVM's
 * output against what the browser builds print. Doubles are printed as their exact hexadecimal bit patterns,
 * independent of each platform's own number formatting.
 */
public final class CrossTargetCheck {
    private CrossTargetCheck() {
    }

    public static void main(String[] args) {
        for (String line : lines()) {
            System.out.println(line);
        }
    }

    /** The lines every target must print. */
    public static List<String> lines() {
        List<String> out = new ArrayList<>();
        double[] xs = {-745.0, -30.5, -4.0, -1.0, -1e-9, 0.0, 1e-12, 0.3, 0.5, 1.0, 2.5, 3.5, 17.25, 88.7, 700.0};
        for (double x : xs) {
            out.add("exp " + hex(x) + " " + hex(Maths.exp(x)));
            out.add("tanh " + hex(x) + " " + hex(Maths.tanh(x)));
            out.add("sigmoid " + hex(x) + " " + hex(Maths.sigmoid(x)));
            out.add("erf " + hex(x) + " " + hex(Maths.erf(x)));
            out.add("sin " + hex(x) + " " + hex(Maths.sin(x)));
            out.add("f32 " + hex(x) + " " + hex(Maths.roundToFloat32(x * 1.1)));
            double ax = Math.abs(x);
            out.add("log " + hex(ax) + " " + hex(Maths.log(ax)));
            out.add("log1p " + hex(ax) + " " + hex(Maths.log1p(ax)));
            out.add("pow " + hex(ax) + " " + hex(Maths.pow(ax, 0.37)));
            out.add("pow3 " + hex(x) + " " + hex(Maths.pow(x, 3.0)) + " " + hex(Maths.pow(1.0 + (ax * 1e-3), -97.5)));
        }
        SeededRandom rng = new SeededRandom(42);
        StringBuilder sb = new StringBuilder("rng");
        for (int i = 0; i < 8; i++) {
            sb.append(' ').append(rng.nextInt()).append(' ').append(rng.nextInt(10)).append(' ')
                    .append(hex(rng.nextDouble())).append(' ').append(hex(rng.nextGaussian()));
        }
        out.add(sb.toString());
        out.addAll(NumberTextCheck.lines());
        out.addAll(TrainingCheck.lines());
        out.addAll(DataCheck.lines());
        out.addAll(LangCheck.lines());
        FamiliesCheck.addLines(out);
        return out;
    }

    /** The exact bit pattern of a double, written with int arithmetic only. */
    static String hex(double d) {
        if (d != d) {
            return "nan";
        }
        if (d == 0.0) {
            return 1.0 / d < 0 ? "-0" : "0";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        StringBuilder sb = new StringBuilder(d < 0 ? "-" : "");
        double a = Math.abs(d);
        int e = Maths.exponent(a);
        double m = Maths.scalb(a, -e); // [1, 2), exact
        sb.append("1.");
        for (int i = 0; i < 13; i++) { // 52 fraction bits, 4 at a time
            m = (m - Math.floor(m)) * 16.0;
            int digit = (int) Math.floor(m);
            sb.append("0123456789abcdef".charAt(digit));
        }
        return sb.append('p').append(e).toString();
    }
}
