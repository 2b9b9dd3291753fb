package seqplay.data.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import seqplay.data.csv.ParsedColumn.Dtype;
import seqplay.errors.PyException;

/**
 * One test per file in {@code src/test/resources/csv/}. The expected columns, dtypes and error texts are what
 * pandas 1.5.3 (Debian 12's python3-pandas, the same C tokenizer and inference as pandas 2.x) returned for the same
 * files; where pandas 2.x differs (usecols out of bounds) the 2.x source is cited.
 */
class ReadCsvTest {
    private static final double NAN = Double.NaN;

    static byte[] resource(String name) {
        try (InputStream in = ReadCsvTest.class.getResourceAsStream("/csv/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ReadCsv.Table read(String name, ReadCsv.Options options) {
        return ReadCsv.read(name, ReadCsv.decodeUtf8(name, resource(name)), options);
    }

    static ReadCsv.Table read(String name) {
        return read(name, ReadCsv.Options.defaults());
    }

    static PyException failure(String name, ReadCsv.Options options) {
        return assertThrows(PyException.class, () -> read(name, options));
    }

    private static void assertInts(ParsedColumn c, long... expected) {
        assertEquals(Dtype.INT64, c.dtype());
        assertArrayEquals(expected, c.ints());
    }

    private static void assertFloats(ParsedColumn c, double... expected) {
        assertEquals(Dtype.FLOAT64, c.dtype());
        assertArrayEquals(expected, c.floats()); // assertArrayEquals treats NaN as equal to NaN
    }

    private static void assertObjects(ParsedColumn c, Object... expected) {
        assertEquals(Dtype.OBJECT, c.dtype());
        assertEquals(Arrays.asList(expected), Arrays.asList(c.objects()));
    }

    @Test
    void quotedFieldsKeepCommasLineBreaksAndDoubledQuotes() {
        ReadCsv.Table t = read("quoted.csv");
        assertEquals(List.of("name", "comment", "score"), t.labels());
        assertObjects(t.columns().get(0), "Kim, Minji", "Lee", "Parkx");
        assertObjects(t.columns().get(1), "said \"hi\"", "line one\nline two", "plain");
        assertFloats(t.columns().get(2), 90.0, 85.5, 70.0);
        assertNull(t.index());
    }

    @Test
    void semicolonSeparatorSplitsOnSemicolonsAndLeavesDecimalCommasAsText() {
        ReadCsv.Table t = read("semicolon.csv", ReadCsv.Options.defaults().withSep(";"));
        assertEquals(List.of("a", "b"), t.labels());
        assertInts(t.columns().get(0), 1, 3);
        assertObjects(t.columns().get(1), "2,5", "4,0");
    }

    @Test
    void semicolonFileReadWithTheDefaultCommaTurnsTheExtraFieldIntoAnIndexAsPandasDoes() {
        ReadCsv.Table t = read("semicolon.csv");
        assertEquals(List.of("a;b"), t.labels());
        assertInts(t.columns().get(0), 5, 0);
        assertObjects(t.index(), "1;2", "3;4");
    }

    @Test
    void tabSeparatedFileGivesTextIntAndFloatColumns() {
        ReadCsv.Table t = read("tab.tsv", ReadCsv.Options.defaults().withSep("\t"));
        assertEquals(List.of("city", "population", "area"), t.labels());
        assertObjects(t.columns().get(0), "Seoul", "Busan");
        assertInts(t.columns().get(1), 9668465, 3349016);
        assertFloats(t.columns().get(2), 605.2, 770.0);
    }

    @Test
    void pandasDefaultMissingMarkersBecomeNanAndWidenBoolsToObjects() {
        ReadCsv.Table t = read("missing.csv");
        assertInts(t.columns().get(0), 1, 2, 3, 4, 5);
        assertFloats(t.columns().get(1), 1.5, NAN, NAN, NAN, NAN);
        assertObjects(t.columns().get(2), "cat", "dog", NAN, NAN, NAN);
        assertObjects(t.columns().get(3), true, false, true, false, NAN);
    }

    @Test
    void exponentsLeadingAndTrailingPointsSignsAndInfinitiesAreFloats() {
        ReadCsv.Table t = read("exponents.csv");
        assertFloats(t.columns().get(0), 1000.0, -0.025, 0.5, 5.0, 3.0);
        assertFloats(t.columns().get(1), 151.0, 75.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 100000.0);
    }

    @Test
    void eachColumnGetsItsOwnTypeAndAnyTextMakesTheColumnText() {
        ReadCsv.Table t = read("mixed_types.csv");
        assertInts(t.columns().get(0), 1, 2);
        assertFloats(t.columns().get(1), 1.0, 2.5);
        assertObjects(t.columns().get(2), "1", "x");
        assertObjects(t.columns().get(3), "1e", "2");
    }

    @Test
    void aRowWithTooManyFieldsIsReportedWithPandasLineNumber() {
        // The bad row is on physical line 8; pandas counts the quoted line break as part of one record (line 6),
        // so it says line 7. The blank line 4 is counted.
        PyException e = failure("ragged_long.csv", ReadCsv.Options.defaults());
        assertEquals("pandas.errors.ParserError", e.type());
        assertEquals("Error tokenizing data. C error: Expected 5 fields in line 7, saw 6", e.getMessage());
    }

    @Test
    void shortRowsArePaddedWithMissingValues() {
        ReadCsv.Table t = read("ragged_short.csv");
        assertInts(t.columns().get(0), 1, 4, 6);
        assertFloats(t.columns().get(1), 2.0, 5.0, NAN);
        assertFloats(t.columns().get(2), 3.0, NAN, NAN);
    }

    @Test
    void anEmptyFileHasNoColumnsToParse() {
        PyException e = failure("empty.csv", ReadCsv.Options.defaults());
        assertEquals("pandas.errors.EmptyDataError: No columns to parse from file", e.pythonLine());
    }

    @Test
    void aFileOfBlankLinesHasNoColumnsToParse() {
        PyException e = failure("blank_lines.csv", ReadCsv.Options.defaults());
        assertEquals("pandas.errors.EmptyDataError: No columns to parse from file", e.pythonLine());
    }

    @Test
    void anUnclosedQuoteReportsTheRowWhereTheStringStarted() {
        PyException e = failure("unclosed_quote.csv", ReadCsv.Options.defaults());
        assertEquals("pandas.errors.ParserError: Error tokenizing data. C error: EOF inside string starting at row 1",
                e.pythonLine());
    }

    @Test
    void aHeaderWithoutRowsGivesEmptyObjectColumns() {
        ReadCsv.Table t = read("header_only.csv");
        assertEquals(List.of("x", "y", "z"), t.labels());
        assertEquals(0, t.rows());
        assertObjects(t.columns().get(0));
    }

    @Test
    void windowsLineEndsAndBlankOrWhitespaceLinesAreSkipped() {
        ReadCsv.Table t = read("crlf.csv");
        assertInts(t.columns().get(0), 1, 3);
        assertInts(t.columns().get(1), 2, 4);
    }

    @Test
    void bareCarriageReturnsEndLines() {
        ReadCsv.Table t = read("cr_only.csv");
        assertInts(t.columns().get(0), 1, 3);
        assertInts(t.columns().get(1), 2, 4);
    }

    @Test
    void anEmptyHeaderCellIsNamedUnnamedWithItsPosition() {
        ReadCsv.Table t = read("unnamed_index.csv");
        assertEquals(List.of("Unnamed: 0", "a", "b"), t.labels());
        assertInts(t.columns().get(0), 0, 1);
        assertFloats(t.columns().get(1), 1.5, 2.5);
        assertNull(t.index());
    }

    @Test
    void oneExtraLeadingFieldBecomesTheIndex() {
        ReadCsv.Table t = read("implicit_index.csv");
        assertEquals(List.of("a", "b"), t.labels());
        assertObjects(t.index(), "r1", "r2");
        assertInts(t.columns().get(0), 1, 3);
    }

    @Test
    void repeatedNamesAreNumberedAndTheEmptyOneIsUnnamed() {
        ReadCsv.Table t = read("duplicate_headers.csv");
        assertEquals(List.of("a", "a.1", "b", "a.2", "Unnamed: 4"), t.labels());
        assertInts(t.columns().get(4), 5);
    }

    @Test
    void whitespaceSeparatorTakesRunsOfSpacesAndTabsAndIgnoresLeadingBlanks() {
        ReadCsv.Table t = read("whitespace_sep.txt", ReadCsv.Options.defaults().withSep("\\s+"));
        assertEquals(List.of("x", "y"), t.labels());
        assertInts(t.columns().get(0), 1, 3);
        assertInts(t.columns().get(1), 2, 4);
    }

    @Test
    void quotedNumbersAreStillNumbersAndAQuotedEmptyCellIsMissing() {
        ReadCsv.Table t = read("quoted_numbers.csv");
        assertEquals(List.of("n", "f"), t.labels());
        assertInts(t.columns().get(0), 1, 3);
        assertFloats(t.columns().get(1), 2.5, NAN);
    }

    @Test
    void headerNoneNumbersTheColumnsAndReadsTheFirstLineAsData() {
        ReadCsv.Table t = read("no_header.csv", ReadCsv.Options.defaults().withHeader(null));
        assertEquals(List.of(0L, 1L, 2L), t.labels());
        assertInts(t.columns().get(0), 1, 4);
    }

    @Test
    void aHeaderRowPastTheEndIsAParserError() {
        PyException e = failure("no_header.csv", ReadCsv.Options.defaults().withHeader(7));
        assertEquals("pandas.errors.ParserError: Passed header=7 but only 2 lines in file", e.pythonLine());
    }

    @Test
    void usecolsByPositionKeepsTheOriginalPositionsAsLabels() {
        ReadCsv.Table t = read("no_header.csv", ReadCsv.Options.defaults().withHeader(null)
                .withUsecols(List.of(2L, 0L)));
        assertEquals(List.of(0L, 2L), t.labels());
        assertInts(t.columns().get(1), 3, 6);
    }

    @Test
    void usecolsByNameKeepsTheFileOrder() {
        ReadCsv.Table t = read("missing.csv", ReadCsv.Options.defaults().withUsecols(List.of("label", "id")));
        assertEquals(List.of("id", "label"), t.labels());
        assertInts(t.columns().get(0), 1, 2, 3, 4, 5);
    }

    @Test
    void usecolsWithAnUnknownNameListsIt() {
        PyException e = failure("missing.csv", ReadCsv.Options.defaults().withUsecols(List.of("zz", "id")));
        assertEquals("ValueError: Usecols do not match columns, columns expected but not found: ['zz']",
                e.pythonLine());
    }

    @Test
    void usecolsPositionsAgainstAHeaderListEveryPositionAsPandasDoes() {
        PyException e = failure("missing.csv", ReadCsv.Options.defaults().withUsecols(List.of(7L, 0L)));
        assertEquals("ValueError: Usecols do not match columns, columns expected but not found: [0, 7]",
                e.pythonLine());
    }

    @Test
    void usecolsPositionPastTheLastColumnWithoutHeaderIsListed() {
        PyException e = failure("no_header.csv", ReadCsv.Options.defaults().withHeader(null)
                .withUsecols(List.of(0L, 7L)));
        assertEquals("ValueError: Usecols do not match columns, columns expected but not found: [7]", e.pythonLine());
    }

    @Test
    void usecolsAsManyAsTheColumnsButOutOfBoundsIsAParserError() {
        // pandas 2.x parsers.pyx (_convert_column_data): ParserError "... [5] are out of bounds."
        PyException e = failure("no_header.csv", ReadCsv.Options.defaults().withHeader(null)
                .withUsecols(List.of(0L, 1L, 5L)));
        assertEquals("pandas.errors.ParserError: Defining usecols with out-of-bounds indices is not allowed."
                + " [5] are out of bounds.", e.pythonLine());
    }

    @Test
    void usecolsMixingNamesAndPositionsIsRejected() {
        PyException e = failure("missing.csv", ReadCsv.Options.defaults().withUsecols(List.of(0L, "id")));
        assertEquals("ValueError: 'usecols' must either be list-like of all strings, all unicode, all integers or a"
                + " callable.", e.pythonLine());
    }

    @Test
    void integersBeyondInt64StayText() {
        ReadCsv.Table t = read("big_ints.csv");
        assertInts(t.columns().get(0), 1, 2);
        assertObjects(t.columns().get(1), "123456789012345678901", "5");
    }

    @Test
    void spacesAroundNumbersAreIgnoredButSpacesAroundTextAreKept() {
        ReadCsv.Table t = read("spaces.csv");
        assertInts(t.columns().get(0), 1, 2);
        assertObjects(t.columns().get(1), " x ", "y");
    }

    @Test
    void utf8WithByteOrderMarkAndKoreanHeadersReads() {
        ReadCsv.Table t = read("bom_korean.csv");
        assertEquals(List.of("이름", "나이", "점수"), t.labels());
        assertObjects(t.columns().get(0), "김민지", "이서준");
        assertInts(t.columns().get(1), 21, 22);
        assertFloats(t.columns().get(2), 88.5, 91.0);
    }

    @Test
    void aKoreanFileSavedAsCp949FailsLikeColab() {
        PyException e = assertThrows(PyException.class, () -> ReadCsv.decodeUtf8("cp949.csv", resource("cp949.csv")));
        assertEquals("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte",
                e.pythonLine());
        assertEquals("csv-not-utf8", e.hintId());
    }

    @Test
    void aFileCutInsideACharacterReportsTheTailAsPandasDoes() {
        PyException e = assertThrows(PyException.class,
                () -> ReadCsv.decodeUtf8("truncated_utf8.csv", resource("truncated_utf8.csv")));
        assertEquals("'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", e.getMessage());
    }

    @Test
    void decodingErrorsUsePythonsTexts() {
        // Each expected text is what Python 3.11's bytes.decode('utf-8') printed for the same bytes.
        assertEquals("'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte",
                decodeMessage(0xE0, 0x80, 0x80));
        assertEquals("'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte",
                decodeMessage(0xED, 0xA0, 0x80));
        assertEquals("'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte",
                decodeMessage(0xF4, 0x90, 0x80, 0x80));
        assertEquals("'utf-8' codec can't decode byte 0xb0 in position 1: invalid start byte",
                decodeMessage('a', 0xB0));
        assertEquals("'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data",
                decodeMessage(0xC3));
        assertEquals("a가😀", ReadCsv.decodeUtf8("x", bytes('a', 0xEA, 0xB0, 0x80, 0xF0, 0x9F, 0x98, 0x80)));
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static String decodeMessage(int... values) {
        return assertThrows(PyException.class, () -> ReadCsv.decodeUtf8("x", bytes(values))).getMessage();
    }

    @Test
    void filesAboveTwentyMegabytesAreRefusedBeforeParsing() {
        ReadCsv.checkSize("ok.csv", ReadCsv.MAX_BYTES);
        PyException e = assertThrows(PyException.class, () -> ReadCsv.checkSize("big.csv", 24_536_678L));
        assertEquals("ValueError: 'big.csv' is 23.4 MB; the playground reads CSV files up to 20 MB", e.pythonLine());
        assertEquals("csv-too-large", e.hintId());
    }

    @Test
    void theSizeCapCountsUtf8Bytes() {
        assertEquals(1 + 3 + 2 + 4, ReadCsv.utf8Length("a가é😀"));
    }

    @Test
    void aRegexSeparatorIsRefusedWithAClearMessage() {
        PyException e = assertThrows(PyException.class,
                () -> ReadCsv.read("x.csv", "a::b\n1::2\n", ReadCsv.Options.defaults().withSep("::")));
        assertEquals("NotImplementedError: the playground's read_csv takes a one-character sep or sep=r'\\s+';"
                + " got sep='::'", e.pythonLine());
    }
}
