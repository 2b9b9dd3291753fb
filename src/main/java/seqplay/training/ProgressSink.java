package seqplay.training;

/**
 * Receives the text Keras' progress logger would print.
 *
 * <p>Keras redraws one terminal line in place with {@code \b} and {@code \r}; here the redraws are explicit, so a
 * terminal can keep only the final line and the page can update a live line.
 */
public interface ProgressSink {
    /** A whole line, e.g. {@code Epoch 3/10} or {@code Epoch 4: early stopping}. */
    void print(String line);

    /** The progress line as it stands now; replaces the previous live line. */
    void live(String line);

    /** The final form of the live line; the next output starts on a new line. */
    void finish(String line);

    /**
     * A Python warning as {@code Category: message}, e.g. {@code UserWarning: You are using a softmax over axis
     * -1…}. Python writes warnings to stderr; hosts may show them apart from the log.
     */
    default void warning(String line) {
        print(line);
    }

    /** Discards everything ({@code verbose=0}). */
    ProgressSink NONE = new ProgressSink() {
        @Override
        public void print(String line) {
        }

        @Override
        public void live(String line) {
        }

        @Override
        public void finish(String line) {
        }

        @Override
        public void warning(String message) {
        }
    };
}
