package seqplay.data.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import seqplay.errors.PyException;
import seqplay.format.PyStrings;

/**
 * pandas' {@code read_csv} for the playground: CSV text in, named and typed columns out.
 *
 * <p>Arguments as pandas: {@code sep=','} (one character, or {@code r'\s+'} for runs of blanks; a file with
 * another separator reads as one column, exactly as in pandas), {@code header=0} (the row holding the column
 * names; {@code None} numbers the columns 0, 1, 2…), {@code usecols=None} (names or positions to keep; the file's
 * order is kept whatever the order of the list). Column names: empty ones become {@code Unnamed: i}, repeated
 * ones {@code a.1}, {@code a.2}. Types by column with pandas' inference ({@link ParsedColumn#infer}). Missing values
 * are pandas' default {@code na_values}.
 *
 * <p>Bad files raise pandas' own errors, e.g. {@code pandas.errors.ParserError: Error tokenizing data. C error:
 * Expected 5 fields in line 7, saw 6} and {@code pandas.errors.EmptyDataError: No columns to parse from file}.
 * Files above {@link #MAX_BYTES} are refused before they are parsed.
 *
 * <pre>{@code
 * df = pd.read_csv('scores.csv', sep=';', usecols=['이름', '점수'])
 * }</pre>
 */
public final class ReadCsv {
    private ReadCsv() {
    }

    /** The largest file the playground parses: 20 MB. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /** pandas' {@code STR_NA_VALUES} (pandas 2.x {@code _libs/parsers.pyx}): cells read as NaN. */
    private static final Set<String> DEFAULT_NA = Set.of("-1.#IND", "1.#QNAN", "1.#IND", "-1.#QNAN", "#N/A N/A",
            "#N/A", "N/A", "n/a", "NA", "<NA>", "#NA", "NULL", "null", "NaN", "-NaN", "nan", "-nan", "", "None");

    /**
     * The arguments of {@code read_csv} the playground takes.
     *
     * @param sep     the separator: one character or {@code \s+}
     * @param header  the row of column names, or {@code null} for {@code header=None}
     * @param usecols column names ({@link String}) or positions ({@link Long}/{@link Integer}), or {@code null}
     */
    /**
     * @param nrows    how many data rows to read (null for all)
     * @param skiprows how many lines to drop before the header
     * @param naValues cells read as missing besides pandas' defaults (null for none)
     * @param names    the column names to use instead of a header row (null to read them from the file)
     */
    public record Options(String sep, Integer header, List<Object> usecols, Integer nrows, int skiprows,
            Set<String> naValues, List<Object> names) {
        public Options(String sep, Integer header, List<Object> usecols) {
            this(sep, header, usecols, null, 0, null, null);
        }

        public static Options defaults() {
            return new Options(",", 0, null);
        }

        public Options withSep(String s) {
            return new Options(s, header, usecols, nrows, skiprows, naValues, names);
        }

        public Options withHeader(Integer h) {
            return new Options(sep, h, usecols, nrows, skiprows, naValues, names);
        }

        public Options withUsecols(List<Object> u) {
            return new Options(sep, header, u, nrows, skiprows, naValues, names);
        }
    }

    /**
     * A parsed file.
     *
     * @param labels  column labels: {@link String}s from the header, or {@link Long} positions for
     *                {@code header=None}
     * @param columns the columns, in file order
     * @param index   the row labels when the first data row has one field more than the header (pandas then
     *                uses the first column as the index, as files written by {@code to_csv()} need), else null
     */
    public record Table(List<Object> labels, List<ParsedColumn> columns, ParsedColumn index) {
        public int rows() {
            return columns.isEmpty() ? (index == null ? 0 : index.length()) : columns.get(0).length();
        }
    }

    /** Whether pandas reads this cell as missing by default. */
    public static boolean isDefaultNa(String cell) {
        return DEFAULT_NA.contains(cell);
    }

    /** Parses {@code text}, the content of the file {@code name} (used in messages). */
    public static Table read(String name, String text, Options options) {
        checkSize(name, utf8Length(text));
        String sep = options.sep() == null ? "," : options.sep();
        boolean whitespace = sep.equals("\\s+");
        if (!whitespace && sep.length() != 1) {
            throw new PyException("NotImplementedError", "the playground's read_csv takes a one-character sep"
                    + " or sep=r'\\s+'; got sep=" + PyStrings.repr(sep), "csv-sep");
        }
        Integer header = options.header();
        if (header != null && header < 0) {
            throw PyException.valueError("Passing negative integer to header is invalid. For no header, use"
                    + " header=None instead");
        }
        List<Object> usecols = options.usecols();
        boolean usecolsByName = false;
        if (usecols != null) {
            usecolsByName = checkUsecols(usecols);
        }
        Tokenizer tokenizer = new Tokenizer(whitespace ? ' ' : sep.charAt(0), whitespace,
                header == null ? -1 : header, usecols != null);
        List<Tokenizer.Row> rows = tokenizer.tokenize(skipLines(text, options.skiprows()));
        if (options.nrows() != null) {
            if (options.nrows() < 0) {
                throw PyException.valueError("'nrows' must be an integer >=0");
            }
            int end = (header == null ? 0 : header + 1) + options.nrows();
            rows = rows.subList(0, Math.min(rows.size(), end));
        }
        int headerRow = header == null ? -1 : header;
        if (rows.isEmpty()) {
            throw new PyException("pandas.errors.EmptyDataError", "No columns to parse from file", "csv-empty");
        }
        if (headerRow >= rows.size()) {
            // pandas' parsers.pyx raises this as a ParserError (a ValueError subclass)
            throw new PyException("pandas.errors.ParserError", "Passed header=" + headerRow + " but only "
                    + rows.size() + " lines in file");
        }
        List<Object> names = new ArrayList<>();
        int width;
        int leading = 0;
        int firstData = headerRow + 1;
        if (options.names() != null) {
            width = rows.get(Math.max(headerRow, 0)).fields().length;
            if (options.names().size() < width) {
                throw new PyException("NotImplementedError", "the playground's read_csv takes names= for every"
                        + " column (" + width + " here, " + options.names().size() + " given)",
                        "pandas.unsupported_argument");
            }
            for (Object given : options.names()) {
                if (names.contains(given)) {
                    throw PyException.valueError("Duplicate names are not allowed.");
                }
                names.add(given);
            }
        } else if (header == null) {
            width = rows.get(0).fields().length;
            for (int j = 0; j < width; j++) {
                names.add((long) j);
            }
        } else {
            String[] headerFields = rows.get(headerRow).fields();
            for (int j = 0; j < headerFields.length; j++) {
                names.add(headerFields[j].isEmpty() ? "Unnamed: " + j : headerFields[j]);
            }
            dedupe(names);
            width = headerFields.length;
            if (usecols == null && firstData < rows.size() && rows.get(firstData).fields().length > width) {
                leading = rows.get(firstData).fields().length - width;
                if (leading > 1) {
                    throw new PyException("NotImplementedError", "the playground reads at most one unnamed index"
                            + " column; line " + rows.get(firstData).line() + " has " + leading
                            + " more fields than the header", "csv-index-columns");
                }
            }
        }
        // Every data row is at least `width` wide after the tokenizer's padding; wider rows only with usecols.
        int tableWidth = leading + width;
        for (int r = firstData; r < rows.size(); r++) {
            tableWidth = Math.max(tableWidth, rows.get(r).fields().length);
        }
        for (int j = names.size(); j < tableWidth - leading; j++) {
            names.add(header == null ? (Object) (long) j : String.valueOf(j));
        }
        List<Integer> keep = selectColumns(names, usecols, usecolsByName, leading, tableWidth);
        int nRows = Math.max(0, rows.size() - firstData);
        List<Object> labels = new ArrayList<>();
        List<ParsedColumn> columns = new ArrayList<>();
        for (int j : keep) {
            labels.add(names.get(j));
            columns.add(nRows == 0 ? ParsedColumn.ofObjects(new Object[0])
                    : ParsedColumn.infer(cells(rows, firstData, leading + j), options.naValues()));
        }
        ParsedColumn index = leading == 1 ? ParsedColumn.infer(cells(rows, firstData, 0), options.naValues()) : null;
        return new Table(labels, columns, index);
    }

    /** The text after its first {@code n} lines ({@code skiprows=n}; pandas note: line numbers in errors count from there). */
    private static String skipLines(String text, int n) {
        int i = 0;
        for (int k = 0; k < n && i < text.length(); k++) {
            while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                i++;
            }
            if (i < text.length() && text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            }
            i++;
        }
        return i == 0 ? text : text.substring(Math.min(i, text.length()));
    }

    private static String[] cells(List<Tokenizer.Row> rows, int from, int column) {
        String[] out = new String[rows.size() - from];
        for (int r = from; r < rows.size(); r++) {
            String[] f = rows.get(r).fields();
            out[r - from] = column < f.length ? f[column] : "";
        }
        return out;
    }

    /** True when usecols holds names, false for positions; pandas' error for a mix. */
    private static boolean checkUsecols(List<Object> usecols) {
        boolean names = true;
        boolean positions = true;
        for (Object u : usecols) {
            names &= u instanceof String;
            positions &= u instanceof Long || u instanceof Integer;
        }
        if (!names && !positions) {
            throw PyException.valueError("'usecols' must either be list-like of all strings, all unicode, all"
                    + " integers or a callable.");
        }
        return names && !usecols.isEmpty();
    }

    /**
     * The positions of the columns to keep, with pandas 2.x's checks in its order (c_parser_wrapper.py, then the
     * C reader): names missing from the header; then, once the names are filtered by position or name, a usecols
     * list longer than what matched (every entry that is not a kept name is reported, so positions given for a
     * file with a header are all listed); then positions past the last column.
     */
    private static List<Integer> selectColumns(List<Object> names, List<Object> usecols, boolean byName,
            int leading, int tableWidth) {
        List<Integer> keep = new ArrayList<>();
        if (usecols == null) {
            for (int j = 0; j < names.size(); j++) {
                keep.add(j);
            }
            return keep;
        }
        List<Object> wanted = new ArrayList<>(); // pandas works on set(usecols): repeats count once
        for (Object u : usecols) {
            Object key = u instanceof Integer ? (Object) (long) (Integer) u : u;
            if (!wanted.contains(key)) {
                wanted.add(key);
            }
        }
        if (byName) {
            List<Object> missing = new ArrayList<>();
            for (Object u : wanted) {
                if (!names.contains(u)) {
                    missing.add(u);
                }
            }
            if (!missing.isEmpty()) {
                throw usecolsMismatch(missing);
            }
        }
        List<Object> kept = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            if (names.size() <= wanted.size() || wanted.contains((long) j) || wanted.contains(names.get(j))) {
                keep.add(j);
                kept.add(names.get(j));
            }
        }
        if (kept.size() < wanted.size()) {
            List<Object> missing = new ArrayList<>();
            for (Object u : wanted) {
                if (!kept.contains(u)) {
                    missing.add(u);
                }
            }
            throw usecolsMismatch(missing);
        }
        if (!byName) {
            List<Object> outOfBounds = new ArrayList<>();
            for (Object u : wanted) {
                if ((Long) u >= tableWidth - leading) {
                    outOfBounds.add(u);
                }
            }
            if (!outOfBounds.isEmpty()) {
                outOfBounds.sort((a, b) -> Long.compare((Long) a, (Long) b));
                throw new PyException("pandas.errors.ParserError", "Defining usecols with out-of-bounds indices is"
                        + " not allowed. " + pyList(outOfBounds) + " are out of bounds.", "csv-usecols");
            }
            keep.removeIf(j -> !wanted.contains((long) (int) j));
        }
        return keep;
    }

    private static PyException usecolsMismatch(List<Object> missing) {
        if (missing.stream().allMatch(m -> m instanceof Long)) {
            missing.sort((a, b) -> Long.compare((Long) a, (Long) b)); // the order Python iterates a set of ints
        }
        return PyException.valueError("Usecols do not match columns, columns expected but not found: "
                + pyList(missing), "csv-usecols");
    }

    /** pandas' renaming of repeated column names: {@code a, a.1, a.2} (skipping names already taken). */
    private static void dedupe(List<Object> names) {
        Map<Object, Integer> counts = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Object col = names.get(i);
            Object old = col;
            int cur = counts.getOrDefault(old, 0);
            if (cur > 0) {
                while (cur > 0) {
                    counts.put(old, cur + 1);
                    col = old + "." + cur;
                    if (names.contains(col)) {
                        cur++;
                    } else {
                        cur = counts.getOrDefault(col, 0);
                    }
                }
                names.set(i, col);
            }
            counts.put(col, cur + 1);
        }
    }

    /** Refuses files above {@link #MAX_BYTES}; hosts call it with the byte count before decoding an upload. */
    public static void checkSize(String name, long bytes) {
        if (bytes > MAX_BYTES) {
            long tenths = (bytes * 10 + 524288) / 1048576;
            throw PyException.valueError(PyStrings.repr(name) + " is " + tenths / 10 + "." + tenths % 10
                    + " MB; the playground reads CSV files up to " + MAX_BYTES / 1048576 + " MB", "csv-too-large");
        }
    }

    /** The length of {@code s} in UTF-8 bytes. */
    static long utf8Length(String s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /**
     * Decodes an uploaded file as UTF-8 the way Python does, with or without a byte-order mark (the mark is left
     * for the tokenizer, which drops it as pandas does). Invalid bytes raise Python's
     * {@code UnicodeDecodeError} text, which is what Colab shows for a Korean file saved by Excel as CP949.
     */
    public static String decodeUtf8(String name, byte[] bytes) {
        checkSize(name, bytes.length);
        StringBuilder sb = new StringBuilder(bytes.length);
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                sb.append((char) b);
                i++;
                continue;
            }
            int need;
            int min;
            int max = 0xBF; // the allowed range of the second byte, narrowed to reject overlongs and surrogates
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                min = b == 0xE0 ? 0xA0 : 0x80;
                max = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                min = b == 0xF0 ? 0x90 : 0x80;
                max = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                throw decodeError(b, i, i, "invalid start byte");
            }
            int cp = b & (0x3F >> need);
            for (int k = 1; k <= need; k++) {
                if (i + k >= n) {
                    // pandas decodes the incomplete tail of the file in a call of its own, so the position
                    // counts from the tail's first byte.
                    throw decodeError(b, 0, n - 1 - i, "unexpected end of data");
                }
                int c = bytes[i + k] & 0xFF;
                int lo = k == 1 ? min : 0x80;
                int hi = k == 1 ? max : 0xBF;
                if (c < lo || c > hi) {
                    throw decodeError(b, i, i, "invalid continuation byte");
                }
                cp = (cp << 6) | (c & 0x3F);
            }
            sb.appendCodePoint(cp);
            i += need + 1;
        }
        return sb.toString();
    }

    private static PyException decodeError(int b, int from, int to, String reason) {
        String where = from == to ? "byte 0x" + hex2(b) + " in position " + from
                : "bytes in position " + from + "-" + to;
        return new PyException("UnicodeDecodeError", "'utf-8' codec can't decode " + where + ": " + reason,
                "csv-not-utf8");
    }

    static String hex2(int b) {
        String digits = "0123456789abcdef";
        return "" + digits.charAt(b >> 4) + digits.charAt(b & 15);
    }

    static PyException parserError(String message) {
        return new PyException("pandas.errors.ParserError", message, "csv-bad-row");
    }

    /** Python's repr of a list of str/int, as pandas' messages print them. */
    static String pyList(List<Object> items) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Object o = items.get(i);
            sb.append(o instanceof String ? PyStrings.repr((String) o) : String.valueOf(o));
        }
        return sb.append(']').toString();
    }

}
