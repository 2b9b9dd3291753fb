package seqplay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void stringsAreEscapedSoJsonParseGivesThemBack() {
        String json = new Json().value("a\"b\\c\nd\te\u0001\u2028").toString();
        assertEquals("\"a\\\"b\\\\c\\nd\\te\\u0001\\u2028\"", json);
    }

    @Test
    void numbersPrintAsJavaScriptWouldReadThem() {
        String json = new Json().beginArray().value(3.0).value(-0.0).value(0.1).value(1e-7).value(1e300).value(0.30000000000000004)
                .value(Double.NaN).value(Double.POSITIVE_INFINITY).value(Double.NEGATIVE_INFINITY).value(7).value(true)
                .endArray().toString();
        // JSON has no nan or inf: the worker glue reads {"$num": ...} back as the number (a diverged fit logs them)
        assertEquals("[3,-0,0.1,1e-07,1e+300,0.30000000000000004,{\"$num\":\"NaN\"},{\"$num\":\"Infinity\"},"
                + "{\"$num\":\"-Infinity\"},7,true]", json);
    }

    @Test
    void objectsAndArraysNestWithCommasInTheRightPlaces() {
        String json = new Json().beginObject().name("a").beginArray().value(1).value(2).endArray()
                .name("b").beginObject().name("c").value((String) null).endObject().endObject().toString();
        assertEquals("{\"a\":[1,2],\"b\":{\"c\":null}}", json);
    }
}
