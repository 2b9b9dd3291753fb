package seqplay.data.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import seqplay.random.SeededRandom;

/** The JVM's {@link Double#parseDouble} is correctly rounded (JLS), so it is the reference for every input. */
class NumbersTest {
    private static void assertSameBits(String text) {
        double expected = Double.parseDouble(text);
        double actual = Numbers.parseDouble(text);
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.1", "0.1184", "0.006399", "1.510000000000000000e+02", "0.1", "0.3", "-0.0", "1e23",
        "8.589", "9007199254740993", "123456789012345678", "2.2250738585072011e-308", "2.2250738585072014e-308",
        "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623157e308",
        "1.7976931348623158e308", "1.7976931348623159e308", "1e309", "1e-400", "0.1000000000000000055511151231257827",
        "90334086537360841e-26", "87230975569702139e4", "57099377571935071e-24", "000123.4500", "1E+05"})
    void tricky(String text) {
        assertSameBits(text);
    }

    @Test
    void twentyThousandRandomLongDecimalsMatchTheJvmBitForBit() {
        // These are the inputs TeaVM's own parseDouble gets wrong about 1% of the time.
        SeededRandom rng = new SeededRandom(7);
        for (int i = 0; i < 20000; i++) {
            StringBuilder sb = new StringBuilder();
            int digits = 1 + rng.nextInt(25);
            for (int k = 0; k < digits; k++) {
                sb.append((char) ('0' + rng.nextInt(10)));
            }
            if (rng.nextInt(2) == 0) {
                sb.insert(rng.nextInt(sb.length() + 1), '.');
            }
            sb.append('e').append(rng.nextInt(700) - 350);
            assertSameBits(sb.toString());
        }
    }

    @Test
    void subnormalRangeRoundsAtItsOwnPrecision() {
        SeededRandom rng = new SeededRandom(11);
        for (int i = 0; i < 5000; i++) {
            String text = (1 + rng.nextInt(999999)) + "." + rng.nextInt(1000000) + "e-" + (310 + rng.nextInt(20));
            assertSameBits(text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", ".", "e5", "1e", "1e+", "1.5.2", "1,5", "abc", "--1", "0x1F", "1 2", "nan"})
    void notNumbers(String text) {
        assertTrue(Double.isNaN(Numbers.parseDouble(text)), text);
    }

    @Test
    void infinityWordsInAnyCase() {
        assertEquals(Double.POSITIVE_INFINITY, Numbers.parseDouble("inf"));
        assertEquals(Double.POSITIVE_INFINITY, Numbers.parseDouble("+Infinity"));
        assertEquals(Double.NEGATIVE_INFINITY, Numbers.parseDouble("-INF"));
    }

    @Test
    void integersIncludingTheInt64Limits() {
        assertEquals(42L, Numbers.parseInt64(" +42 "));
        assertEquals(-7L, Numbers.parseInt64("-7"));
        assertEquals(Long.MAX_VALUE, Numbers.parseInt64("9223372036854775807"));
        assertEquals(Long.MIN_VALUE, Numbers.parseInt64("-9223372036854775808"));
        assertNull(Numbers.parseInt64("9223372036854775808"));
        assertNull(Numbers.parseInt64("1.0"));
        assertNull(Numbers.parseInt64("-"));
        assertTrue(Numbers.isIntegerSyntax("9223372036854775808"));
    }
}
