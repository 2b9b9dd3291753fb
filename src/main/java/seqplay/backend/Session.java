package seqplay.backend;

import java.util.HashMap;
import java.util.Map;
import seqplay.random.SeededRandom;

/**
 * Keras' global state for one learner's session: the auto-naming counters and the seeded generator.
 *
 * <p>Keras keeps these in module globals; here they live in one object that the interpreter owns and passes to
 * every layer and model it creates, so two sessions (two browser tabs, two tests) never share state.
 *
 * <pre>{@code
 * keras.backend.clear_session()      # counters restart: the next model is "sequential", its layer "dense"
 * keras.utils.set_random_seed(42)    # the same weights, shuffles and dropout masks on every run
 * }</pre>
 */
public final class Session {
    /** The seed a session starts with when the learner sets none, so that runs reproduce by default. */
    public static final int DEFAULT_SEED = 1234;

    private final Map<String, Integer> nameCounts = new HashMap<>();
    private final SeededRandom random;

    public Session(long seed) {
        this.random = new SeededRandom(seed);
    }

    public Session() {
        this(DEFAULT_SEED);
    }

    /**
     * Keras' {@code auto_name}: the first request for a prefix gets the prefix itself, later ones
     * {@code prefix_1}, {@code prefix_2}… (one counter per prefix, shared by all models of the session).
     * Names a learner passes explicitly ({@code name='out'}) do not go through here, as in Keras.
     */
    public String uniqueName(String prefix) {
        Integer count = nameCounts.get(prefix);
        if (count == null) {
            nameCounts.put(prefix, 1);
            return prefix;
        }
        nameCounts.put(prefix, count + 1);
        return prefix + "_" + count;
    }

    /** {@code keras.backend.clear_session()}: the naming counters restart. The generator keeps its state. */
    public void clearSession() {
        nameCounts.clear();
    }

    /** {@code keras.utils.set_random_seed(seed)} / {@code np.random.seed(seed)}: restarts the generator. */
    public void setRandomSeed(long seed) {
        random.setSeed(seed);
    }

    /** The session's one generator: initializers, shuffling, dropout, numpy's random module. */
    public SeededRandom random() {
        return random;
    }
}
