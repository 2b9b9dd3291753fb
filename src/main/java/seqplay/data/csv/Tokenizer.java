package seqplay.data.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records of fields with the state machine of pandas' C tokenizer ({@code tokenizer.c}).
 *
 * <p>What it reproduces, because learners' files exercise all of it: quoted fields with the separator, line
 * breaks and doubled quotes ({@code ""}) inside; text after a closing quote joined to the field
 * ({@code "ab"c} is {@code abc}); {@code \n}, {@code \r\n} and bare {@code \r} line ends; blank and
 * whitespace-only lines skipped; a leading UTF-8 byte-order mark dropped; rows shorter than the row before padded
 * with empty fields; a row longer than the row before rejected (except the header and the first data row, which
 * may carry an unnamed index column); and pandas' line numbering, which counts records and skipped blank lines
 * but not the line breaks inside quotes.
 */
final class Tokenizer {
    /** One record: its fields and its number as pandas counts lines (1-based). */
    record Row(String[] fields, int line) {
    }

    private enum State {
        START_RECORD, START_FIELD, IN_FIELD, IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD, EAT_CRNL, EAT_CRNL_NOP,
        WHITESPACE_LINE, EAT_WHITESPACE
    }

    private final char delimiter;
    private final boolean delimWhitespace;
    private final int headerEnd;
    private final boolean usecols;

    private final List<Row> rows = new ArrayList<>();
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private int fileLines;
    private int lastFieldCount = -1;

    /**
     * @param delimiter       the separator character (ignored when {@code delimWhitespace})
     * @param delimWhitespace {@code sep=r'\s+'}: runs of spaces and tabs separate fields
     * @param headerEnd       the header row (0 for pandas' default), or -1 for {@code header=None}
     * @param usecols         whether columns were selected: pandas then lets longer rows through
     */
    Tokenizer(char delimiter, boolean delimWhitespace, int headerEnd, boolean usecols) {
        this.delimiter = delimiter;
        this.delimWhitespace = delimWhitespace;
        this.headerEnd = headerEnd;
        this.usecols = usecols;
    }

    private boolean isDelimiter(char c) {
        return delimWhitespace ? (c == ' ' || c == '\t') : c == delimiter;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** All records of {@code text}, in order. */
    List<Row> tokenize(String text) {
        int n = text.length();
        int i = 0;
        if (n > 0 && text.charAt(0) == '\uFEFF') {
            i = 1;
        }
        State state = State.START_RECORD;
        while (i < n) {
            char c = text.charAt(i);
            switch (state) {
                case WHITESPACE_LINE:
                    if (c == '\n') {
                        fileLines++;
                        state = State.START_RECORD;
                    } else if (c == '\r') {
                        fileLines++;
                        state = State.EAT_CRNL_NOP;
                    } else if (!delimWhitespace && isBlank(c) && c != delimiter) {
                        // still only blanks
                    } else if (delimWhitespace) {
                        if (!isBlank(c)) { // the first character of the record after leading blanks
                            state = State.START_FIELD;
                            continue;
                        }
                    } else {
                        // not a blank line after all: read it again from its start as a record
                        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
                            i--;
                        }
                        if (i == 0 && n > 0 && text.charAt(0) == '\uFEFF') {
                            i = 1;
                        }
                        state = State.START_FIELD;
                        continue;
                    }
                    break;
                case EAT_WHITESPACE:
                    if (c == '\n') {
                        endLine();
                        state = State.START_RECORD;
                    } else if (c == '\r') {
                        state = State.EAT_CRNL;
                    } else if (!isBlank(c)) {
                        state = State.START_FIELD;
                        continue;
                    }
                    break;
                case START_RECORD:
                    if (c == '\n') {
                        fileLines++; // a blank line: skipped but counted
                        break;
                    } else if (c == '\r') {
                        fileLines++;
                        state = State.EAT_CRNL_NOP;
                        break;
                    } else if (isBlank(c) && (delimWhitespace || c != delimiter)) {
                        state = State.WHITESPACE_LINE;
                        break;
                    }
                    state = State.START_FIELD;
                    continue;
                case START_FIELD:
                    if (c == '\n') {
                        endField();
                        endLine();
                        state = State.START_RECORD;
                    } else if (c == '\r') {
                        endField();
                        state = State.EAT_CRNL;
                    } else if (c == '"') {
                        state = State.IN_QUOTED_FIELD;
                    } else if (isDelimiter(c)) {
                        if (delimWhitespace) {
                            state = State.EAT_WHITESPACE;
                        } else {
                            endField();
                        }
                    } else {
                        field.append(c);
                        state = State.IN_FIELD;
                    }
                    break;
                case IN_FIELD:
                    if (c == '\n') {
                        endField();
                        endLine();
                        state = State.START_RECORD;
                    } else if (c == '\r') {
                        endField();
                        state = State.EAT_CRNL;
                    } else if (isDelimiter(c)) {
                        endField();
                        state = delimWhitespace ? State.EAT_WHITESPACE : State.START_FIELD;
                    } else {
                        field.append(c);
                    }
                    break;
                case IN_QUOTED_FIELD:
                    if (c == '"') {
                        state = State.QUOTE_IN_QUOTED_FIELD;
                    } else {
                        field.append(c);
                    }
                    break;
                case QUOTE_IN_QUOTED_FIELD:
                    if (c == '"') {
                        field.append('"');
                        state = State.IN_QUOTED_FIELD;
                    } else if (isDelimiter(c)) {
                        endField();
                        state = delimWhitespace ? State.EAT_WHITESPACE : State.START_FIELD;
                    } else if (c == '\n') {
                        endField();
                        endLine();
                        state = State.START_RECORD;
                    } else if (c == '\r') {
                        endField();
                        state = State.EAT_CRNL;
                    } else {
                        field.append(c);
                        state = State.IN_FIELD;
                    }
                    break;
                case EAT_CRNL:
                    if (c == '\n') {
                        endLine();
                        state = State.START_RECORD;
                    } else if (isDelimiter(c)) {
                        endLine();
                        if (delimWhitespace) {
                            state = State.EAT_WHITESPACE;
                        } else {
                            endField(); // a bare \r line end directly followed by an empty first field
                            state = State.START_FIELD;
                        }
                    } else {
                        endLine();
                        state = State.START_RECORD;
                        continue; // a bare \r ended the line: read this character again
                    }
                    break;
                case EAT_CRNL_NOP:
                    state = State.START_RECORD;
                    if (c != '\n' && !isDelimiter(c)) {
                        continue;
                    }
                    break;
                default:
                    throw new IllegalStateException(state.name());
            }
            i++;
        }
        // End of text, as pandas' parser_handle_eof.
        switch (state) {
            case IN_QUOTED_FIELD:
                throw ReadCsv.parserError("Error tokenizing data. C error: EOF inside string starting at row "
                        + fileLines);
            case IN_FIELD:
            case START_FIELD:
            case QUOTE_IN_QUOTED_FIELD:
                endField();
                endLine();
                break;
            case EAT_CRNL:
            case EAT_WHITESPACE:
                endLine();
                break;
            default:
                break;
        }
        return rows;
    }

    private void endField() {
        fields.add(field.toString());
        field.setLength(0);
    }

    private void endLine() {
        int lines = rows.size();
        int count = fields.size();
        int expected = lastFieldCount;
        fileLines++;
        if (!(lines <= headerEnd + 1) && count > expected && !usecols) {
            // pandas' text ends with a newline; the traceback line is shown without it.
            throw ReadCsv.parserError("Error tokenizing data. C error: Expected " + expected + " fields in line "
                    + fileLines + ", saw " + count);
        }
        if (lines >= headerEnd + 1) {
            while (fields.size() < expected) {
                fields.add(""); // missing trailing fields read as empty, hence NaN
            }
        }
        rows.add(new Row(fields.toArray(new String[0]), fileLines));
        lastFieldCount = fields.size();
        fields.clear();
    }
}
