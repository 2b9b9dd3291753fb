package seqplay.data.sklearn;

import seqplay.errors.PyException;
import seqplay.random.SeededRandom;

/**
 * scikit-learn's {@code random_state} argument: an int makes a fresh generator with that seed (the same numbers
 * on every call), None uses the session's generator, which {@code np.random.seed} seeds.
 *
 * <p>numpy note: scikit-learn seeds numpy's Mersenne Twister; here the int seeds the playground's
 * {@link SeededRandom}, so the numbers differ from Colab's but repeat on every run, in JS and in Wasm.
 */
public final class RandomStates {
    private RandomStates() {
    }

    /**
     * @param randomState null (None) or a Long
     * @param session     the session's generator
     * @param caller      the function name for the error text, e.g. {@code train_test_split}
     */
    public static SeededRandom resolve(Object randomState, SeededRandom session, String caller) {
        if (randomState == null) {
            return session;
        }
        if (randomState instanceof Long seed && seed >= 0 && seed <= 4294967295L) {
            return new SeededRandom(seed);
        }
        String shown = randomState instanceof Double d ? seqplay.format.PyFloat.repr(d)
                : randomState instanceof String s ? seqplay.format.PyStrings.repr(s) : String.valueOf(randomState);
        throw new PyException("sklearn.utils._param_validation.InvalidParameterError", "The 'random_state' parameter"
                + " of " + caller + " must be an int in the range [0, 4294967295], an instance of"
                + " 'numpy.random.mtrand.RandomState' or None. Got " + shown + " instead.");
    }
}
