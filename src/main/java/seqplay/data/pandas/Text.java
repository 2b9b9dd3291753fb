package seqplay.data.pandas;

/** Python's string padding as pandas uses it; widths count code points, as Python's {@code len}. */
final class Text {
    private Text() {
    }

    static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    static String rjust(String s, int width) {
        int pad = width - width(s);
        return pad <= 0 ? s : " ".repeat(pad) + s;
    }

    static String ljust(String s, int width) {
        int pad = width - width(s);
        return pad <= 0 ? s : s + " ".repeat(pad);
    }

    /** Python's {@code str.center}: an odd margin puts the extra space left only when the width is odd too. */
    static String center(String s, int width) {
        int marg = width - width(s);
        if (marg <= 0) {
            return s;
        }
        int left = marg / 2 + (marg & width & 1);
        return " ".repeat(left) + s + " ".repeat(marg - left);
    }

    /** Python's {@code str.rstrip()} (whitespace). */
    static String rstrip(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /** pandas' {@code pprint_thing(x, escape_chars=('\t', '\r', '\n'))}: those characters shown as escapes. */
    static String escape(String s) {
        if (s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
