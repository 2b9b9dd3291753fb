package seqplay.lang;

import seqplay.errors.Hints;

/**
 * A failure as the learner sees it: the Python-style report ({@link #text()}) for the console, and its parts for
 * the page to underline the mistake and show a hint.
 *
 * @param type      the Python exception name: {@code SyntaxError}, {@code NameError}, {@code ValueError},
 *                  {@code NotImplementedError} (valid Python the playground does not run), {@code KeyboardInterrupt}
 *                  (stopped), {@code SystemError} (a bug in the playground)
 * @param message   the text after the colon, e.g. {@code name 'modle' is not defined. Did you mean: 'model'?}
 * @param line      1-based line of the mistake
 * @param column    1-based column of its first character
 * @param endLine   line of its end
 * @param endColumn column just after its last character (exclusive)
 * @param hintId    the teaching hint's id in {@link Hints}, or null
 * @param hintKo    the hint in Korean, or null
 * @param hintEn    the hint in English, or null
 * @param text      the whole report as Python prints it on standard error
 */
public record ErrorReport(String type, String message, int line, int column, int endLine, int endColumn,
        String hintId, String hintKo, String hintEn, String text) {

    /** The hint in {@code lang} ("ko" or "en"), or null when there is none. */
    public String hint(String lang) {
        return "ko".equals(lang) ? hintKo : hintEn;
    }

    /** {@code Type: message} (or just the type when the message is empty), the report's last line. */
    public String lastLine() {
        return message == null || message.isEmpty() ? type : type + ": " + message;
    }

    /** {@code line:column}, as editors show positions. */
    public String position() {
        return line + ":" + column;
    }
}
