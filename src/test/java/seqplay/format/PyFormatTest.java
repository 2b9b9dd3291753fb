package seqplay.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import seqplay.errors.PyException;

class PyFormatTest {

    /**
     * Floats. The first block are the Python documentation's "Format examples" (string.rst): {@code '{:+f}; {:+f}'}
     * with 3.14 and -3.14, {@code '{:.2%}'} of 19/22; the rest follow the documented rules (round half to even on
     * the exact binary value, 'g' switching at exp &lt; -4 or exp &gt;= precision, the empty type keeping ".0").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "3.14|+f|+3.140000", "-3.14|+f|-3.140000", "3.14| f| 3.140000", "-3.14| f|-3.140000", "3.14|-f|3.140000",
        "0.8636363636363636|.2%|86.36%",
        "0.5475|.4f|0.5475", "0.6975|.4f|0.6975", "0.0|.4e|0.0000e+00", "0.000512|.4e|5.1200e-04",
        "3.14159|08.3f|0003.142", "-3.14159|08.3f|-003.142", "1234.5678|>10.3e|\" 1.235e+03\"",
        "1234.5678|<10.1f|\"1234.6    \"", "1234.5678|^11.1f|\"  1234.6   \"", "1234.5678|*^12.1f|***1234.6***",
        "1234567.891|,.2f|1,234,567.89", "1234567.891|_.1f|1_234_567.9", "0.125|.2f|0.12", "0.375|.2f|0.38",
        "2.675|.2f|2.67", "2.5|.0f|2", "3.5|.0f|4", "2.5|#.0f|2.", "12345.678|.2e|1.23e+04", "12345.678|E|1.234568E+04",
        "0.0001|g|0.0001", "0.00001|g|1e-05", "123456.0|g|123456", "1234567.0|g|1.23457e+06", "100.0|g|100",
        "1.0|#g|1.00000", "0.5|.3g|0.5", "1234.5|.2|1.2e+03", "12.0|.3|12.0", "100.0|.3|1e+02", "1.0||1.0",
        "1e16||1e+16", "1e-06||1e-06", "0.1|.10|0.1", "1234567.0|,|1,234,567.0", "0.25|%|25.000000%",
        "-0.0001|z.2f|0.00", "-0.0001|.2f|-0.00", "-0.0|z|0.0", "1e300|.0e|1e+300", "1.5|10|\"       1.5\"",
        "-1.5|=+10.2f|-     1.50", "1.5|010.2f|0000001.50", "1234.0|08,.1f|01,234.0", "9.9999|.3g|10",
        "0.000123456|.3n|0.000123"
    })
    void floatsFormatLikePython(double x, String spec, String expected) {
        assertEquals(expected, PyFormat.format(x, spec == null ? "" : spec));
    }

    @Test
    void nonFiniteFloatsFormatAsWordsThatPadWithoutDigits() {
        assertEquals("inf", PyFormat.format(Double.POSITIVE_INFINITY, ".2f"));
        assertEquals("-INF", PyFormat.format(Double.NEGATIVE_INFINITY, "F"));
        assertEquals("nan%", PyFormat.format(Double.NaN, "%"));
        assertEquals("0000000inf", PyFormat.format(Double.POSITIVE_INFINITY, "010"));
        assertEquals("       nan", PyFormat.format(Double.NaN, ">10"));
    }

    /**
     * Ints: the documentation's {@code "int: {0:d};  hex: {0:x};  oct: {0:o};  bin: {0:b}".format(42)} and its
     * {@code '{:,}'.format(1234567890)}; zero padding inside grouping follows CPython's
     * {@code _PyUnicode_InsertThousandsGrouping} (width 8 with ',' needs 9 characters: a group never starts with
     * a separator).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "42|d|42", "42|x|2a", "42|o|52", "42|b|101010", "42|#x|0x2a", "42|#o|0o52", "42|#b|0b101010", "42|#X|0X2A",
        "1234567890|,|1,234,567,890", "1234|08,|0,001,234", "1234|010,|00,001,234", "-42|05|-0042",
        "-42|=+6|-   42", "42|+|+42", "42| | 42", "255|_b|1111_1111", "65535|_x|ffff", "42|>5|\"   42\"",
        "42|^6|\"  42  \"", "42|.2f|42.00", "42|e|4.200000e+01", "5|%|500.000000%", "65|c|A", "7||7",
        "1000000|_|1_000_000", "42|n|42"
    })
    void intsFormatLikePython(long n, String spec, String expected) {
        assertEquals(expected, PyFormat.format(n, spec == null ? "" : spec));
    }

    @Test
    void bigIntsAndBoolsFormatAsPythonInts() {
        assertEquals("123,456,789,012,345,678,901,234,567,890",
                PyFormat.format(new BigInteger("123456789012345678901234567890"), ","));
        assertEquals("True", PyFormat.format(true, ""));
        assertEquals("    1", PyFormat.format(true, ">5"));
        assertEquals("0.000", PyFormat.format(false, ".3f"));
    }

    /** The documentation's alignment examples: {@code '{:*^30}'.format('centered')} and friends. */
    @Test
    void stringsAlignTruncateAndRejectNumericOptions() {
        assertEquals("left aligned                  ", PyFormat.format("left aligned", "<30"));
        assertEquals("                 right aligned", PyFormat.format("right aligned", ">30"));
        assertEquals("           centered           ", PyFormat.format("centered", "^30"));
        assertEquals("***********centered***********", PyFormat.format("centered", "*^30"));
        assertEquals("ab000", PyFormat.format("ab", "05"));
        assertEquals("xyz  ", PyFormat.format("xyzzy", "5.3"));
        assertEquals("정확도   ", PyFormat.format("정확도", "6"));
        assertError("ValueError: Sign not allowed in string format specifier", () -> PyFormat.format("a", "+"));
        assertError("ValueError: '=' alignment not allowed in string format specifier",
                () -> PyFormat.format("a", "=5"));
        assertError("ValueError: Unknown format code 'd' for object of type 'str'", () -> PyFormat.format("a", "d"));
    }

    @Test
    void badSpecificationsRaisePythonsValueErrors() {
        assertError("ValueError: Unknown format code 'd' for object of type 'float'",
                () -> PyFormat.format(1.5, "d"));
        assertError("ValueError: Format specifier missing precision", () -> PyFormat.format(1.5, ".f"));
        assertError("ValueError: Invalid format specifier '.2fx' for object of type 'float'",
                () -> PyFormat.format(1.5, ".2fx"));
        assertError("ValueError: Precision not allowed in integer format specifier", () -> PyFormat.format(3, ".2"));
        assertError("ValueError: Cannot specify both ',' and '_'.", () -> PyFormat.format(3, ",_"));
        assertError("ValueError: Cannot specify ',' with 'x'.", () -> PyFormat.format(3, ",x"));
        assertError("ValueError: Unknown format code 's' for object of type 'int'", () -> PyFormat.format(3, "s"));
    }

    private static final PercentFormat.Values VALUES = new PercentFormat.Values() {
        @Override
        public String str(Object v) {
            return v == null ? "None" : v.toString();
        }

        @Override
        public String repr(Object v) {
            return str(v);
        }

        @Override
        public String typeName(Object v) {
            return v == null ? "NoneType" : "object";
        }
    };

    private static String percent(String template, Object... args) {
        return args.length == 1 ? PercentFormat.format(template, args[0], false, VALUES)
                : PercentFormat.format(template, List.of(args), true, VALUES);
    }

    @Test
    void percentFormattingFollowsPrintfRules() {
        assertEquals("0.5475", percent("%.4f", 0.5475));
        assertEquals("5.1200e-04", percent("%.4e", 0.000512));
        assertEquals(" 12.3%", percent("%5.1f%%", 12.345));
        assertEquals("3/10", percent("%d/%d", 3L, 10L));
        assertEquals("3", percent("%d", 3.7));
        assertEquals("-0042", percent("%05d", -42L));
        assertEquals("ab    |", percent("%-6s|", "ab"));
        assertEquals("ff 0xff 0XFF", percent("%x %#x %#X", 255L, 255L, 255L));
        assertEquals("1.234568e+04", percent("%e", 12345.678));
        assertEquals("0.1 'a' True", percent("%s %r %s", 0.1, "a", true));
        assertEquals("   42", percent("%*d", 5L, 42L));
        assertEquals("  inf", percent("%05f", Double.POSITIVE_INFINITY));
        assertEquals("+1.50", percent("%+.2f", 1.5));
        assertEquals("007", percent("%.3d", 7L));
        assertEquals("x=1", PercentFormat.format("x=%(x)s", Map.of("x", 1L), false, VALUES));
    }

    @Test
    void percentFormattingErrorsAreCpythons() {
        assertError("TypeError: not enough arguments for format string", () -> percent("%d %d", 1L));
        assertError("TypeError: not all arguments converted during string formatting", () -> percent("%d", 1L, 2L));
        assertError("TypeError: not all arguments converted during string formatting", () -> percent("hello", 5L));
        assertError("TypeError: %d format: a real number is required, not str", () -> percent("%d", "a"));
        assertError("TypeError: %x format: an integer is required, not float", () -> percent("%x", 1.5));
        assertError("TypeError: must be real number, not str", () -> percent("%f", "a"));
        assertError("ValueError: unsupported format character 'q' (0x71) at index 1", () -> percent("%q", 1L));
        assertError("ValueError: incomplete format", () -> percent("100%", 1L));
        assertError("TypeError: format requires a mapping", () -> percent("%(a)s", 1L));
    }

    private static void assertError(String expected, Runnable r) {
        PyException e = assertThrows(PyException.class, r::run);
        assertEquals(expected, e.pythonLine());
    }
}
