package seqplay.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PyReprTest {
    /** Expected strings are what CPython 3 prints for repr(x). */
    @ParameterizedTest(name = "repr({0}) = {1}")
    @CsvSource({
        "0.001, 0.001", "1e-05, 1e-05", "1.5e-05, 1.5e-05", "0.0001, 0.0001", "0.1, 0.1", "100.0, 100.0",
        "123.0, 123.0", "-2.5, -2.5", "1e16, 1e+16", "9999999999999998.0, 9999999999999998.0",
        "12345678901234567.0, 1.2345678901234568e+16", "0.3333333333333333, 0.3333333333333333",
        "5e-324, 5e-324", "1.7976931348623157e308, 1.7976931348623157e+308", "0.0010000000474974513, 0.0010000000474974513",
        "0.009999999776482582, 0.009999999776482582", "2.0, 2.0", "1e22, 1e+22", "1.0e-7, 1e-07"})
    void floatsAreWrittenAsPythonsRepr(double x, String expected) {
        assertEquals(expected, PyRepr.ofFloat(x));
    }

    @Test
    void specialFloatsAndPlainValues() {
        assertEquals("-0.0", PyRepr.ofFloat(-0.0));
        assertEquals("inf", PyRepr.ofFloat(Double.POSITIVE_INFINITY));
        assertEquals("nan", PyRepr.ofFloat(Double.NaN));
        assertEquals("None", PyRepr.of(null));
        assertEquals("True", PyRepr.of(true));
        assertEquals("'adam'", PyRepr.of("adam"));
        assertEquals("adam", PyRepr.str("adam"));
        assertEquals("3", PyRepr.of(3));
        assertEquals("(3,)", PyRepr.ofShape(new int[] {3}));
        assertEquals("(4, 3)", PyRepr.ofShape(new int[] {4, 3}));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lr", 0.001);
        m.put("foo", null);
        assertEquals("{'lr': 0.001, 'foo': None}", PyRepr.ofDict(m));
    }
}
