package seqplay.errors;

/**
 * An error a learner sees as a Python exception: a type such as {@code ValueError} and Keras' own message text.
 *
 * <p>The core throws these for every shape or value mistake instead of letting an array index or a null slip
 * through: TeaVM's browser builds do not check bounds or nulls the way the JVM does, so a raw Java exception there
 * would be a crash or garbage, never a lesson. The interpreter later adds the line and column of the call.
 *
 * <pre>{@code
 * model.fit(x, y)          # before compile
 * ValueError: You must call `compile()` before using the model.
 * }</pre>
 */
public class PyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String type;
    private final String hintId;

    /**
     * @param type    the Python exception class name, e.g. {@code ValueError}
     * @param message the message exactly as Python/Keras would print it after the colon
     * @param hintId  an identifier of the teaching hint for this mistake, or {@code null}
     */
    public PyException(String type, String message, String hintId) {
        super(message);
        this.type = type;
        this.hintId = hintId;
    }

    public PyException(String type, String message) {
        this(type, message, null);
    }

    public static PyException valueError(String message) {
        return new PyException("ValueError", message);
    }

    public static PyException valueError(String message, String hintId) {
        return new PyException("ValueError", message, hintId);
    }

    public static PyException typeError(String message) {
        return new PyException("TypeError", message);
    }

    public static PyException indexError(String message) {
        return new PyException("IndexError", message);
    }

    /** The Python exception class name, e.g. {@code ValueError}. */
    public String type() {
        return type;
    }

    /** Identifier of the ko/en teaching hint attached to this mistake, or {@code null}. */
    public String hintId() {
        return hintId;
    }

    /** The last line of a Python traceback: {@code ValueError: message}. */
    public String pythonLine() {
        String message = getMessage();
        return message == null || message.isEmpty() ? type : type + ": " + message;
    }
}
