package seqplay.data.datasets;

import seqplay.errors.PyException;

/**
 * scikit-learn's argument checks ({@code sklearn.utils._param_validation}) for the few constraints the playground's
 * functions use, with its message: {@code The 'noise' parameter of make_moons must be a float in the range
 * [0, inf) or None. Got -1.0 instead.}
 */
public final class Params {
    private Params() {
    }

    /** The exception class scikit-learn raises (a ValueError and a TypeError). */
    public static final String INVALID = "sklearn.utils._param_validation.InvalidParameterError";

    /** {@code value} must be an int ≥ {@code min}; {@code alternatives} are appended as " or …" (may be empty). */
    public static void intAtLeast(String caller, String param, long value, long min, String alternatives) {
        if (value < min) {
            throw invalid(caller, param, "an int in the range [" + min + ", inf)" + alternatives,
                    String.valueOf(value));
        }
    }

    /** {@code value} must be a float in [min, inf). {@code shown} is the learner's value as Python prints it. */
    public static void floatAtLeast(String caller, String param, double value, double min, String minText,
            String alternatives, String shown) {
        if (!(value >= min)) {
            throw invalid(caller, param, "a float in the range [" + minText + ", inf)" + alternatives, shown);
        }
    }

    /** {@code value} must be a float in [lo, hi) (closed on the left) or [lo, hi] when {@code closedRight}. */
    public static void floatBetween(String caller, String param, double value, double lo, double hi,
            boolean closedRight, String range, String shown) {
        boolean ok = value >= lo && (closedRight ? value <= hi : value < hi);
        if (!ok) {
            throw invalid(caller, param, "a float in the range " + range, shown);
        }
    }

    public static PyException invalid(String caller, String param, String constraint, String shown) {
        return new PyException(INVALID, "The '" + param + "' parameter of " + caller + " must be " + constraint
                + ". Got " + shown + " instead.");
    }
}
