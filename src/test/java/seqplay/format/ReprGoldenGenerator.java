package seqplay.format;

import java.util.SplittableRandom;

/**
 * Writes the reference file {@code repr-golden.txt}: random doubles and floats with the JDK's shortest digits.
 *
 * <p>Run it on JDK 19 or newer, whose {@code Double.toString}/{@code Float.toString} print the shortest decimal that
 * reads back to the value (Giulietti's Schubfach, JDK-4511638); JDK 17's sometimes print an extra digit:
 * <pre>
 * /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -cp target/test-classes seqplay.format.ReprGoldenGenerator \
 *     &gt; src/test/resources/seqplay/format/repr-golden.txt
 * </pre>
 * Each line is {@code d <hex bits> <Double.toString>} or {@code f <hex bits> <Float.toString>}.
 */
public final class ReprGoldenGenerator {
    private ReprGoldenGenerator() {
    }

    public static void main(String[] args) {
        if (Runtime.version().feature() < 19) {
            throw new IllegalStateException("needs JDK 19+ for shortest Double.toString");
        }
        SplittableRandom r = new SplittableRandom(20240601L);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) {
                continue;
            }
            sb.append("d ").append(Long.toHexString(Double.doubleToRawLongBits(d))).append(' ')
                    .append(Double.toString(d)).append('\n');
        }
        for (int i = 0; i < 4000; i++) {
            // values a learner meets: activations, losses, weights, data in ordinary ranges
            double d = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-6, 9));
            if (d == 0) {
                continue;
            }
            sb.append("d ").append(Long.toHexString(Double.doubleToRawLongBits(d))).append(' ')
                    .append(Double.toString(d)).append('\n');
        }
        for (int i = 0; i < 4000; i++) {
            float f = i % 2 == 0 ? Float.intBitsToFloat(r.nextInt()) : (float) r.nextDouble();
            if (Float.isNaN(f) || Float.isInfinite(f) || f == 0) {
                continue;
            }
            sb.append("f ").append(Integer.toHexString(Float.floatToRawIntBits(f))).append(' ')
                    .append(Float.toString(f)).append('\n');
        }
        System.out.print(sb);
    }
}
