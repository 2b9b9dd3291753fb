package seqplay.testing;

import java.util.ArrayList;
import java.util.List;
import seqplay.training.ProgressSink;

/** Records what the progress logger prints: the final text as a terminal would keep it, and every live update. */
public final class RecordingSink implements ProgressSink {
    public final List<String> lines = new ArrayList<>();
    public final List<String> liveUpdates = new ArrayList<>();

    @Override
    public void print(String line) {
        lines.add(line);
    }

    @Override
    public void live(String line) {
        liveUpdates.add(line);
    }

    @Override
    public void finish(String line) {
        lines.add(line);
    }

    @Override
    public void warning(String line) {
        lines.add(line);
    }

    /** The printed text as one string, lines joined by newlines. */
    public String text() {
        return String.join("\n", lines);
    }
}
