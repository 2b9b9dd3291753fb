package seqplay.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Python's exact number paths (int / int, float ** int, round, int(float), int-float comparison, format of big
 * ints and percentages), run through the interpreter. Every expected line is CPython's output for the same program
 * (3.11 and 3.12 agree on all of them); the ties and limits are worked out in the comments.
 */
class ExactNumbersTest {

    @Test
    void trueDivisionOfIntsIsCorrectlyRoundedWithTheSignOfZeroKept() {
        // (2^53 + 1) / 1 is a tie between 2^53 and 2^53 + 2 and goes to the even 2^53
        Run r = Run.of("print(1 / 3, 10**30 / 10**15, (2**53 + 1) / 1, -1 / 10**400, 0 / -10**30,"
                + " 2**1100 // 3 / (2**1100 // 6))\n");
        assertEquals("0.3333333333333333 1000000000000000.0 9007199254740992.0 -0.0 -0.0 2.0\n", r.all());
    }

    @Test
    void floatToASmallIntPowerIsTheExactPowerRounded() {
        // (-1.5)^3 = -3.375 and 0.5^64 = 2^-64 are exact; 3^-5 = 1/243; (-1e-20)^63 underflows to -0.0
        Run r = Run.of("print((-1.5) ** 3, 3.0 ** -5, 0.5 ** 64, (-1e-20) ** 63, 1e-20 ** 64, 1e20 ** 15)\n");
        assertEquals("-3.375 0.00411522633744856 5.421010862427522e-20 -0.0 0.0 1e+300\n", r.all());
    }

    @Test
    void floatToALargeIntPowerIsTheExactPowerRoundedToo() {
        // CPython 3.12's output; 2.0**80 is exactly 2^80 = 1208925819614629174706176, and the others are the
        // correctly rounded values of the exact powers (float(Fraction(a) ** k))
        Run r = Run.of("print(2.0 ** 80, 2.0 ** 100, 1.5 ** 70, 0.999 ** 1000, 0.5 ** -1000, 1.0001 ** 1024,"
                + " hash(2.0 ** 80), 2.0 ** 80 == 2 ** 80)\n");
        assertEquals("1.2089258196146292e+24 1.2676506002282294e+30 2120255184830.252 0.36769542477096373"
                + " 1.0715086071862673e+301 1.107820842039981 524288 True\n", r.all());
    }

    @Test
    void roundTiesToEvenForFloatsAndInts() {
        // 2.675 is stored as 2.67499999...; 12350 is halfway between 12300 and 12400; 10**30 + 5 * 10**9 halfway
        // between 10**30 and 10**30 + 10**10
        Run r = Run.of("print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(2.5), round(-3.5))\n"
                + "print(round(12345, -2), round(12350, -2), round(-12350, -2), round(5, -1), round(15, -1),"
                + " round(10**30 + 5 * 10**9, -10), round(10**500, -401) == 10**500, round(7, -2000))\n");
        assertEquals("2.67 0 2 0 2 -4\n12300 12400 -12400 0 20 1000000000000000000000000000000 True 0\n", r.all());
    }

    @Test
    void intOfAFloatAndComparisonsWithFloatsAreExact() {
        // 1e30 as a double is 1000000000000000019884624838656, above 10**30
        Run r = Run.of("print(int(1e20), int(-2.5), 2**53 + 1 > 9007199254740992.0, 10**30 < 1e30, 10**30 == 1e30,"
                + " -2 > -2.5)\n");
        assertEquals("100000000000000000000 -2 True True False True\n", r.all());
    }

    @Test
    void floatPresentationTypesFormatIntsAsFloatsAndPercentMultipliesInFloat() {
        // format(0.1585, '.1%'): 0.1585 * 100 rounds to the double 15.85, exactly 15.849999999999999644..., so
        // '15.8%'; the exact product of the stored 0.1585 and 100 (15.850000000000000199...) would give '15.9%'.
        Run r = Run.of("print(format(10**30, '.2f'), format(0.1585, '.1%'), format(0.88715, '.2%'),"
                + " format(12345678, '.3e'), format(2**64, 'g'))\n"
                + "print(format(2.675, '.2f'), format(1.0, '.3'), format(0.0, '.1'), format(123456.0, '#.3g'),"
                + " format(-0.0001, 'z.2f'))\n");
        assertEquals("1000000000000000019884624838656.00 15.8% 88.72% 1.235e+07 1.84467e+19\n"
                + "2.67 1.0 0e+00 1.23e+05 0.00\n", r.all());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1e20 ** 16|OverflowError: (34, 'Numerical result out of range')",
        "2**1100 / 3|OverflowError: integer division result too large for a float",
        "round(1.7976931348623157e308, -308)|OverflowError: rounded value too large to represent",
    })
    void resultsPastTheFloatRangeRaisePythonsOverflowError(String code, String message) {
        assertEquals(message, Run.of("x = " + code + "\n").error.lastLine());
    }
}
