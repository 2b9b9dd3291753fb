package seqplay.data.sklearn;

/**
 * Where scikit-learn's warnings go (Python's {@code warnings.warn}): the binding writes them to standard error
 * as Python shows them; tests collect them.
 */
@FunctionalInterface
public interface Warnings {
    /** @param category the warning class, e.g. {@code UserWarning}, {@code UndefinedMetricWarning} */
    void warn(String category, String message);

    /** Drops every warning. */
    Warnings IGNORE = (category, message) -> { };
}
