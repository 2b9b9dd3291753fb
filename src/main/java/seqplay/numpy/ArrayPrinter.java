package seqplay.numpy;

import java.util.ArrayList;
import java.util.List;
import seqplay.format.Dragon4;
import seqplay.format.Dragon4.Cutoff;
import seqplay.format.Dragon4.Digits;

/**
 * numpy's {@code str(array)} and {@code repr(array)} (arrayprint.py of numpy 2.0): one formatter per array chosen
 * from all its values, elements aligned, rows wrapped at 75 columns with numpy's hanging indent, long arrays
 * summarised with {@code ...}.
 *
 * <p>Floats use {@code floatmode='maxprec'}: each value gets the shortest digits that identify it, at most 8 after
 * the point, and all share the widest integer and fraction parts ({@code [0.5  1.   2.25]}). Scientific notation
 * is used when the largest magnitude is at least 1e8, the smallest non-zero below 1e-4, or their ratio above
 * 1000. Ints are right-aligned to the widest; bools print {@code  True}/{@code False}.
 *
 * <p>numpy note: Colab's numpy 2.0.2 prints a summarised array without the {@code shape=(…)} that numpy 2.2 added
 * to its repr, and switches float32 arrays to scientific notation at 1e8 like float64 (numpy 2.3 moved that to
 * 1e6 for float32); this follows 2.0.2.
 */
final class ArrayPrinter {
    private ArrayPrinter() {
    }

    static String str(NdArray a, PrintOptions o) {
        if (a.ndim() == 0) {
            return a.scalarAt(0).str();
        }
        return array2string(a, o, " ", "", "");
    }

    static String repr(NdArray a, PrintOptions o) {
        String prefix = "array(";
        String body = array2string(a, o, ", ", prefix, ")");
        List<String> extras = new ArrayList<>();
        int[] shape = a.shape();
        if (a.size() == 0 && !(shape.length == 1 && shape[0] == 0)) {
            extras.add("shape=" + Shapes.tuple(shape));
        }
        boolean implied = a.dtype() != DType.FLOAT32;
        if (!implied || a.size() == 0) {
            extras.add("dtype=" + a.dtype().pythonName());
        }
        if (extras.isEmpty()) {
            return prefix + body + ")";
        }
        String arrStr = prefix + body + ",";
        String extraStr = String.join(", ", extras) + ")";
        int lastLineLen = arrStr.length() - (arrStr.lastIndexOf('\n') + 1);
        String spacer = " ";
        if (lastLineLen + extraStr.length() + 1 > o.linewidth()) {
            spacer = "\n" + " ".repeat(prefix.length());
        }
        return arrStr + spacer + extraStr;
    }

    private static String array2string(NdArray a, PrintOptions o, String separator, String prefix, String suffix) {
        int lineWidth = o.linewidth() - suffix.length();
        if (a.size() == 0) {
            return "[]";
        }
        boolean summarise = a.size() > o.threshold();
        double[] values = summarise ? leadingTrailing(a, o.edgeitems()) : a.data();
        ElementFormat format = formatFor(a.dtype(), values, a.ndim() == 0, o);
        String nextLinePrefix = " " + " ".repeat(prefix.length());
        return new Formatter(a, format, lineWidth, separator, o.edgeitems(), summarise ? "..." : "")
                .recurse(0, 0, nextLinePrefix, lineWidth);
    }

    /** The values numpy looks at when summarising: the first and last edgeitems along every axis. */
    private static double[] leadingTrailing(NdArray a, int edge) {
        List<Double> out = new ArrayList<>();
        collect(a, 0, 0, edge, out);
        double[] d = new double[out.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = out.get(i);
        }
        return d;
    }

    private static void collect(NdArray a, int axis, int offset, int edge, List<Double> out) {
        int[] shape = a.shape();
        if (axis == shape.length) {
            out.add(a.flat(offset));
            return;
        }
        int stride = Shapes.strides(shape)[axis];
        int n = shape[axis];
        for (int i = 0; i < n; i++) {
            if (n > 2 * edge && i >= edge && i < n - edge) {
                continue;
            }
            collect(a, axis + 1, offset + i * stride, edge, out);
        }
    }

    /** numpy's {@code _formatArray}: the recursive layout with line wrapping. */
    private static final class Formatter {
        final NdArray a;
        final int[] shape;
        final int[] strides;
        final ElementFormat format;
        final String separator;
        final int edgeItems;
        final String summaryInsert;

        Formatter(NdArray a, ElementFormat format, int lineWidth, String separator, int edgeItems,
                  String summaryInsert) {
            this.a = a;
            this.shape = a.shape();
            this.strides = Shapes.strides(shape);
            this.format = format;
            this.separator = separator;
            this.edgeItems = edgeItems;
            this.summaryInsert = summaryInsert;
        }

        /** The text of the sub-array at flat {@code offset} whose first axis is {@code axis}. */
        String recurse(int axis, int offset, String hangingIndent, int currWidth) {
            int axesLeft = shape.length - axis;
            if (axesLeft == 0) {
                return format.format(a.flat(offset));
            }
            String nextHangingIndent = hangingIndent + " ";
            int nextWidth = currWidth - 1; // len(']')
            int aLen = shape[axis];
            boolean showSummary = !summaryInsert.isEmpty() && 2 * edgeItems < aLen;
            int leading = showSummary ? edgeItems : 0;
            int trailing = showSummary ? edgeItems : aLen;
            int stride = strides[axis];
            StringBuilder s = new StringBuilder();
            if (axesLeft == 1) {
                int elemWidth = currWidth - Math.max(rstrip(separator).length(), 1);
                String[] line = {hangingIndent};
                for (int i = 0; i < leading; i++) {
                    String word = recurse(axis + 1, offset + i * stride, nextHangingIndent, nextWidth);
                    extendLine(s, line, word, elemWidth, hangingIndent);
                    line[0] += separator;
                }
                if (showSummary) {
                    extendLine(s, line, summaryInsert, elemWidth, hangingIndent);
                    line[0] += separator;
                }
                for (int i = trailing; i > 1; i--) {
                    String word = recurse(axis + 1, offset + (aLen - i) * stride, nextHangingIndent, nextWidth);
                    extendLine(s, line, word, elemWidth, hangingIndent);
                    line[0] += separator;
                }
                String word = recurse(axis + 1, offset + (aLen - 1) * stride, nextHangingIndent, nextWidth);
                extendLine(s, line, word, elemWidth, hangingIndent);
                s.append(line[0]);
            } else {
                String lineSep = rstrip(separator) + "\n".repeat(axesLeft - 1);
                for (int i = 0; i < leading; i++) {
                    String nested = recurse(axis + 1, offset + i * stride, nextHangingIndent, nextWidth);
                    s.append(hangingIndent).append(nested).append(lineSep);
                }
                if (showSummary) {
                    s.append(hangingIndent).append(summaryInsert).append(lineSep);
                }
                for (int i = trailing; i > 1; i--) {
                    String nested = recurse(axis + 1, offset + (aLen - i) * stride, nextHangingIndent, nextWidth);
                    s.append(hangingIndent).append(nested).append(lineSep);
                }
                String nested = recurse(axis + 1, offset + (aLen - 1) * stride, nextHangingIndent, nextWidth);
                s.append(hangingIndent).append(nested);
            }
            return "[" + s.substring(hangingIndent.length()) + "]";
        }

        /** numpy's {@code _extendLine}: wrap before a word that would pass the width, unless that cannot help. */
        private static void extendLine(StringBuilder s, String[] line, String word, int lineWidth,
                                       String nextLinePrefix) {
            boolean needsWrap = line[0].length() + word.length() > lineWidth;
            if (line[0].length() <= nextLinePrefix.length()) {
                needsWrap = false;
            }
            if (needsWrap) {
                s.append(rstrip(line[0])).append('\n');
                line[0] = nextLinePrefix;
            }
            line[0] += word;
        }
    }

    /** Python's {@code str.rstrip()} for the spaces and newlines used here. */
    static String rstrip(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\n')) {
            end--;
        }
        return s.substring(0, end);
    }

    /** One element's text, fixed for the whole array. */
    interface ElementFormat {
        String format(double v);
    }

    static ElementFormat formatFor(DType dtype, double[] values, boolean zeroDim, PrintOptions o) {
        switch (dtype) {
            case BOOL: {
                String trueText = zeroDim ? "True" : " True";
                return v -> v != 0 ? trueText : "False";
            }
            case INT64: {
                int width = 0;
                if (values.length > 0) {
                    double max = values[0];
                    double min = values[0];
                    for (double v : values) {
                        max = Math.max(max, v);
                        min = Math.min(min, v);
                    }
                    width = Math.max(IntText.of(max).length(), IntText.of(min).length());
                }
                int w = width;
                return v -> {
                    String t = IntText.of(v);
                    return " ".repeat(Math.max(0, w - t.length())) + t;
                };
            }
            default:
                return new FloatFormat(values, dtype == DType.FLOAT32, o);
        }
    }

    /** numpy's {@code FloatingFormat} with {@code floatmode='maxprec'} and {@code sign='-'}. */
    static final class FloatFormat implements ElementFormat {
        private final boolean float32;
        private boolean expFormat;
        private int precision;
        private int minDigits;
        private char trim;
        private int padLeft;
        private int padRight;
        private int expSize;
        /** Positional digits from the first pass, reused by the second (the same cutoff, no minimum). */
        private final java.util.Map<Double, Digits> positionalDigits = new java.util.HashMap<>();

        FloatFormat(double[] values, boolean float32, PrintOptions o) {
            this.float32 = float32;
            this.precision = o.precision();
            List<Double> finite = new ArrayList<>();
            boolean anyNonFinite = false;
            boolean negInf = false;
            double max = 0;
            double min = Double.POSITIVE_INFINITY;
            for (double v : values) {
                if (v != v || Double.isInfinite(v)) {
                    anyNonFinite = true;
                    negInf |= v == Double.NEGATIVE_INFINITY;
                    continue;
                }
                finite.add(v);
                double abs = Math.abs(v);
                if (abs != 0) {
                    max = Math.max(max, abs);
                    min = Math.min(min, abs);
                }
            }
            if (max > 0) {
                expFormat = max >= 1e8 || (!o.suppress() && (min < 0.0001 || max / min > 1000.0));
            }
            if (finite.isEmpty()) {
                padLeft = 0;
                padRight = 0;
                trim = '.';
                expSize = -1;
                minDigits = -1;
            } else if (expFormat) {
                int maxFrac = 0;
                int maxInt = 0;
                int maxExp = 0;
                for (double v : finite) {
                    String t = scientific(v, float32, precision, -1, '.', 0, -1);
                    int e = t.indexOf('e');
                    int point = t.indexOf('.');
                    maxInt = Math.max(maxInt, point);
                    maxFrac = Math.max(maxFrac, e - point - 1);
                    maxExp = Math.max(maxExp, t.length() - e - 1);
                }
                expSize = maxExp - 1;
                trim = 'k';
                precision = maxFrac;
                minDigits = maxFrac;
                padLeft = maxInt;
                padRight = expSize + 2 + precision;
            } else {
                int maxFrac = 0;
                int maxInt = 0;
                for (double v : finite) {
                    Digits d = positionalDigits.get(v);
                    if (d == null) {
                        d = digits(v, float32, Cutoff.FRACTION, precision, -1);
                        positionalDigits.put(v, d);
                    }
                    String t = positional(v, d, precision, '.', 0, 0);
                    int point = t.indexOf('.');
                    maxInt = Math.max(maxInt, point);
                    maxFrac = Math.max(maxFrac, t.length() - point - 1);
                }
                padLeft = maxInt;
                padRight = maxFrac;
                expSize = -1;
                trim = '.';
                minDigits = 0;
            }
            if (anyNonFinite) {
                int offset = padRight + 1;
                padLeft = Math.max(padLeft, Math.max(3 - offset, 3 + (negInf ? 1 : 0) - offset));
            }
        }

        @Override
        public String format(double v) {
            if (v != v || Double.isInfinite(v)) {
                String ret = v != v ? "nan" : v < 0 ? "-inf" : "inf";
                return " ".repeat(Math.max(0, padLeft + padRight + 1 - ret.length())) + ret;
            }
            if (expFormat) {
                return scientific(v, float32, precision, minDigits, trim, padLeft, expSize);
            }
            Digits d = minDigits <= 0 ? positionalDigits.get(v) : null;
            if (d == null) {
                d = digits(v, float32, Cutoff.FRACTION, precision, minDigits);
            }
            return positional(v, d, precision, trim, padLeft, padRight);
        }
    }

    private static Digits digits(double v, boolean float32, Cutoff cutoff, int precision, int minDigits) {
        double abs = Math.abs(v);
        if (abs == 0) {
            return new Digits("0", 0);
        }
        return Dragon4.unique(abs, float32, cutoff, precision, minDigits);
    }

    private static boolean negative(double v) {
        return v < 0 || (v == 0 && 1 / v < 0);
    }

    /**
     * numpy's {@code dragon4_positional(x, precision, min_digits, unique=True, fractional=True, trim, pad_left,
     * pad_right)}; {@code trim} is 'k' (keep) or '.' (drop trailing zeros, keep the point).
     */
    static String positional(double v, boolean float32, int precision, int minDigits, char trim, int padLeft,
                             int padRight) {
        return positional(v, digits(v, float32, Cutoff.FRACTION, precision, minDigits), precision, trim, padLeft,
                padRight);
    }

    private static String positional(double v, Digits d, int precision, char trim, int padLeft, int padRight) {
        String digits = d.digits();
        int printExponent = d.exponent();
        StringBuilder sb = new StringBuilder();
        int wholeDigits;
        int fractionDigits;
        if (printExponent >= 0) {
            wholeDigits = printExponent + 1;
            if (digits.length() <= wholeDigits) {
                sb.append(digits);
                sb.append("0".repeat(wholeDigits - digits.length()));
                sb.append('.');
                fractionDigits = 0;
            } else {
                sb.append(digits, 0, wholeDigits).append('.').append(digits, wholeDigits, digits.length());
                fractionDigits = digits.length() - wholeDigits;
            }
        } else {
            wholeDigits = 1;
            int zeros = -(printExponent + 1);
            sb.append("0.").append("0".repeat(zeros)).append(digits);
            fractionDigits = zeros + digits.length();
        }
        if (trim == 'k' && precision > fractionDigits) {
            sb.append("0".repeat(precision - fractionDigits));
            fractionDigits = precision;
        }
        if (precision >= 0 && trim != 'k' && fractionDigits > 0) {
            while (sb.charAt(sb.length() - 1) == '0') {
                sb.setLength(sb.length() - 1);
                fractionDigits--;
            }
        }
        if (padRight >= fractionDigits) {
            sb.append(" ".repeat(padRight - fractionDigits));
        }
        boolean neg = negative(v);
        String text = (neg ? "-" : "") + sb;
        int used = wholeDigits + (neg ? 1 : 0);
        if (padLeft > used) {
            text = " ".repeat(padLeft - used) + text;
        }
        return text;
    }

    /**
     * numpy's {@code dragon4_scientific(x, precision, min_digits, unique=True, trim, pad_left, exp_digits)}.
     */
    static String scientific(double v, boolean float32, int precision, int minDigits, char trim, int padLeft,
                             int expDigits) {
        Digits d = digits(v, float32, Cutoff.TOTAL, precision < 0 ? -1 : precision + 1,
                minDigits < 0 ? -1 : minDigits + 1);
        String digits = d.digits();
        StringBuilder sb = new StringBuilder();
        sb.append(digits.charAt(0)).append('.');
        int fractionDigits = digits.length() - 1;
        sb.append(digits, 1, digits.length());
        if (trim == 'k' && precision > fractionDigits) {
            sb.append("0".repeat(precision - fractionDigits));
            fractionDigits = precision;
        }
        if (precision >= 0 && trim != 'k' && fractionDigits > 0) {
            while (sb.charAt(sb.length() - 1) == '0') {
                sb.setLength(sb.length() - 1);
            }
        }
        int exp = d.exponent();
        String expText = String.valueOf(Math.abs(exp));
        int width = Math.max(expText.length(), expDigits < 0 ? 2 : Math.min(expDigits, 5));
        sb.append('e').append(exp < 0 ? '-' : '+').append("0".repeat(width - expText.length())).append(expText);
        boolean neg = negative(v);
        String text = (neg ? "-" : "") + sb;
        int used = 1 + (neg ? 1 : 0);
        if (padLeft > used) {
            text = " ".repeat(padLeft - used) + text;
        }
        return text;
    }
}
