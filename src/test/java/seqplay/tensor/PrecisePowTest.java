package seqplay.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrecisePowTest {

    @Test
    void everyPowerInTheReferenceTableIsCorrectlyRounded() throws IOException {
        // 400 powers, each a 60-digit decimal power rounded once and compared with CPython (glibc pow):
        // see pow-reference.py beside the table.
        List<String> misses = new ArrayList<>();
        int count = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                PrecisePowTest.class.getResourceAsStream("pow-reference.txt"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(" ");
                double x = Double.parseDouble(f[0]);
                double y = Double.parseDouble(f[1]);
                double expected = Double.parseDouble(f[2]);
                double actual = Maths.pow(x, y);
                count++;
                if (Double.doubleToLongBits(expected) != Double.doubleToLongBits(actual)) {
                    misses.add(x + " ** " + y + ": " + actual + " instead of " + expected);
                }
            }
        }
        assertEquals(400, count);
        assertEquals(List.of(), misses);
    }

    @Test
    void theLessonOfThePowerThatPrintedOneDigitOff() {
        // CPython: 3.7 ** 2.2 == 17.784587354193263 (e^(2.2 ln 3.7) in plain doubles gave ...267).
        assertEquals("17.784587354193263", Double.toString(Maths.pow(3.7, 2.2)));
        assertEquals(100000.0, Maths.pow(10.0, 5.0));
        assertEquals(0.001, Maths.pow(10.0, -3.0));
        assertEquals(1.1 * 1.1, Maths.pow(1.1, 2.0));
        assertEquals(Math.sqrt(3.0), Maths.pow(3.0, 0.5));
    }

    @Test
    void powersExactlyHalfwayBetweenTwoDoublesRoundToEven() {
        // 262141^3 = 18013780041269221 and 262143^3 = 18014192351838207 need 54 bits: CPython rounds the first
        // down to ...220 and the second up to ...208, ties to an even last bit.
        assertEquals(18013780041269220.0, Maths.pow(262141.0, 3.0));
        assertEquals(18014192351838208.0, Maths.pow(262143.0, 3.0));
        assertEquals(18013780041269220.0 / 8.0, Maths.pow(131070.5, 3.0)); // the same with x = 262141 / 2
        assertEquals(Maths.pow(262141.0, 3.0), Maths.pow(-262141.0, 3.0) * -1.0);
    }

    @Test
    void specialValuesFollowC99Pow() {
        double inf = Double.POSITIVE_INFINITY;
        double nan = Double.NaN;
        assertEquals(1.0, Maths.pow(nan, 0.0));
        assertEquals(1.0, Maths.pow(1.0, nan));
        assertEquals(1.0, Maths.pow(-1.0, inf));
        assertEquals(1.0, Maths.pow(-1.0, -inf));
        assertTrue(Double.isNaN(Maths.pow(nan, 2.0)));
        assertTrue(Double.isNaN(Maths.pow(2.0, nan)));
        assertTrue(Double.isNaN(Maths.pow(-8.0, 1.0 / 3.0)));
        assertEquals(0.0, Maths.pow(0.5, inf));
        assertEquals(inf, Maths.pow(0.5, -inf));
        assertEquals(inf, Maths.pow(-2.0, inf));
        assertEquals(0.0, Maths.pow(-2.0, -inf));
        assertEquals(-0.0, Maths.pow(-0.0, 3.0));
        assertEquals(0.0, Maths.pow(-0.0, 4.0));
        assertEquals(0.0, Maths.pow(-0.0, 2.5));
        assertEquals(-inf, Maths.pow(-0.0, -3.0));
        assertEquals(inf, Maths.pow(0.0, -2.5));
        assertEquals(-inf, Maths.pow(-inf, 3.0));
        assertEquals(inf, Maths.pow(-inf, 2.5));
        assertEquals(-0.0, Maths.pow(-inf, -1.0));
        assertEquals(0.0, Maths.pow(inf, -0.5));
        assertEquals(-27.0, Maths.pow(-3.0, 3.0));
        assertEquals(81.0, Maths.pow(-3.0, 4.0));
        assertEquals(-1.0 / 27.0, Maths.pow(-3.0, -3.0));
        assertEquals(inf, Maths.pow(10.0, 309.0));
        assertEquals(0.0, Maths.pow(10.0, -324.5));
        assertEquals(1.0, Maths.pow(7.0, 1e-300));
        assertEquals(inf, Maths.pow(1.0000001, 1e300));
        assertEquals(0.0, Maths.pow(0.9999999, 1e300));
        assertEquals(0.0, Maths.pow(-0.5, 9007199254740993.0)); // beyond 2^53 every float is even
    }
}
