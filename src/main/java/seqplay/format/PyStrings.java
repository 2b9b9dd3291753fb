package seqplay.format;

/**
 * Python's text forms of strings: {@code repr('it\'s')} is {@code "it's"}, {@code repr('a\nb')} is {@code 'a\nb'}.
 */
public final class PyStrings {
    private PyStrings() {
    }

    /**
     * Python's {@code repr(s)}: single quotes unless the text holds a single quote and no double quote; backslash
     * escapes for the quote, backslash, {@code \t \n \r} and characters Python does not print (controls, format
     * characters, separators other than the space).
     */
    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == quote || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(i + 1));
                i++;
                if (isPrintable(cp)) {
                    sb.appendCodePoint(cp);
                } else {
                    sb.append("\\U").append(hex(cp, 8));
                }
            } else if (isPrintable(c)) {
                sb.append(c);
            } else if (c < 0x100) {
                sb.append("\\x").append(hex(c, 2));
            } else {
                sb.append("\\u").append(hex(c, 4));
            }
        }
        return sb.append(quote).toString();
    }

    /** Python's {@code str.isprintable} for one code point. */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        if (cp < 0x20 || cp == 0x7f) {
            return false;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    private static String hex(int v, int width) {
        StringBuilder sb = new StringBuilder();
        for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) {
            sb.append("0123456789abcdef".charAt((v >>> shift) & 15));
        }
        return sb.toString();
    }
}
