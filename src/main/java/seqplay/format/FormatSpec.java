package seqplay.format;

import seqplay.errors.PyException;

/**
 * One parsed Python format specification: {@code [[fill]align][sign][z][#][0][width][,|_][.precision][type]}.
 *
 * <p>Parsing follows CPython's {@code parse_internal_render_format_spec}: a fill character counts only when an
 * alignment follows it; a {@code 0} before the width means fill {@code '0'} with {@code '='} alignment unless a
 * fill was given (for numbers; a string keeps its left alignment). Validation that depends on the value's type happens in {@link PyFormat}.
 *
 * <pre>{@code
 * FormatSpec.parse("*>10.3f", '>')   // fill '*', align '>', width 10, precision 3, type 'f'
 * }</pre>
 *
 * @param fill        the padding character
 * @param align       {@code < > ^ =}
 * @param sign        {@code + - space}, or 0 when not given
 * @param noNegZero   the {@code z} option: negative zero after rounding prints as zero
 * @param alternate   the {@code #} option
 * @param width       minimum width, or -1
 * @param grouping    {@code ,} or {@code _}, or 0
 * @param precision   digits, or -1
 * @param type        presentation type, or 0 when not given
 * @param zeroPadding whether width is padded with zeros between sign and digits (fill '0' and align '=')
 */
public record FormatSpec(char fill, char align, char sign, boolean noNegZero, boolean alternate, int width,
                         char grouping, int precision, char type, boolean zeroPadding) {

    /**
     * Parses a specification.
     *
     * @param spec         the text after the colon
     * @param defaultAlign {@code '>'} for numbers, {@code '<'} for strings
     * @param typeName     the value's Python type name, for the error message
     */
    public static FormatSpec parse(String spec, char defaultAlign, String typeName) {
        int pos = 0;
        int end = spec.length();
        char fill = ' ';
        char align = defaultAlign;
        boolean fillSpecified = false;
        boolean alignSpecified = false;
        if (end - pos >= 2 && isAlign(spec.charAt(pos + 1))) {
            fill = spec.charAt(pos);
            align = spec.charAt(pos + 1);
            fillSpecified = true;
            alignSpecified = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(spec.charAt(pos))) {
            align = spec.charAt(pos);
            alignSpecified = true;
            pos++;
        }
        char sign = 0;
        if (pos < end && (spec.charAt(pos) == '+' || spec.charAt(pos) == '-' || spec.charAt(pos) == ' ')) {
            sign = spec.charAt(pos++);
        }
        boolean z = false;
        if (pos < end && spec.charAt(pos) == 'z') {
            z = true;
            pos++;
        }
        boolean alternate = false;
        if (pos < end && spec.charAt(pos) == '#') {
            alternate = true;
            pos++;
        }
        if (!fillSpecified && pos < end && spec.charAt(pos) == '0') {
            fill = '0';
            // Python 3.10+: for strings (default '<') the zero only sets the fill
            if (!alignSpecified && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        int width = -1;
        int start = pos;
        while (pos < end && isDigit(spec.charAt(pos))) {
            pos++;
        }
        if (pos > start) {
            width = parseCount(spec.substring(start, pos));
        }
        char grouping = 0;
        if (pos < end && spec.charAt(pos) == ',') {
            grouping = ',';
            pos++;
        }
        if (pos < end && spec.charAt(pos) == '_') {
            if (grouping != 0) {
                throw PyException.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            pos++;
        }
        if (pos < end && spec.charAt(pos) == ',') {
            throw PyException.valueError("Cannot specify both ',' and '_'.");
        }
        int precision = -1;
        if (pos < end && spec.charAt(pos) == '.') {
            pos++;
            start = pos;
            while (pos < end && isDigit(spec.charAt(pos))) {
                pos++;
            }
            if (pos == start) {
                throw PyException.valueError("Format specifier missing precision");
            }
            precision = parseCount(spec.substring(start, pos));
        }
        if (end - pos > 1) {
            throw PyException.valueError("Invalid format specifier " + PyStrings.repr(spec) + " for object of type "
                    + PyStrings.repr(typeName));
        }
        char type = 0;
        if (end - pos == 1) {
            type = spec.charAt(pos);
        }
        if (grouping != 0) {
            switch (type) {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (grouping == '_') {
                        break;
                    }
                    throw PyException.valueError("Cannot specify ',' with '" + type + "'.");
                default:
                    throw PyException.valueError("Cannot specify '" + grouping + "' with '" + type + "'.");
            }
        }
        return new FormatSpec(fill, align, sign, z, alternate, width, grouping, precision, type,
                fill == '0' && align == '=');
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int parseCount(String digits) {
        if (digits.length() > 9) {
            throw PyException.valueError("Too many decimal digits in format string");
        }
        return Integer.parseInt(digits);
    }
}
