package seqplay.lang.check;

/**
 * A checker warning: a likely mistake the program may still run with, at {@code line:column} (1-based; the
 * warning spans to {@code endColumn}, exclusive, on the same line), with its text in Korean and English.
 *
 * @param id the hint id of the text ({@code check.*} in {@link seqplay.errors.Hints})
 */
public record Warning(String id, int line, int column, int endColumn, String ko, String en) {
    /** The text in {@code lang} ("ko" or "en"). */
    public String text(String lang) {
        return "ko".equals(lang) ? ko : en;
    }

    /** {@code lesson.py:7:11: warning: text}, as compilers print warnings. */
    public String format(String fileName, String lang) {
        return fileName + ":" + line + ":" + column + ": warning: " + text(lang);
    }
}
