package seqplay.lang.keras;

import java.util.List;
import java.util.Map;
import seqplay.callbacks.History;
import seqplay.lang.runtime.PyDict;
import seqplay.lang.runtime.PyInstance;
import seqplay.lang.runtime.PyList;
import seqplay.lang.runtime.PyType;

/**
 * What {@code fit} returns: {@code history.history} (log key → list of floats per epoch, keys sorted as Keras 3
 * sorts them), {@code history.epoch}, {@code history.params}.
 */
final class HistoryObject extends PyInstance {
    static final PyType TYPE = PyType.builder("History", "keras.src.callbacks.history", HistoryObject.class)
            .property("history", h -> h.historyDict())
            .property("epoch", h -> h.epochList())
            .property("params", h -> h.params())
            .build();

    final History history;
    private PyDict dict;

    HistoryObject(History history) {
        this.history = history;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyDict historyDict() {
        if (dict == null) {
            dict = new PyDict();
            for (Map.Entry<String, List<Double>> e : history.history().entrySet()) {
                dict.put(e.getKey(), new PyList(e.getValue()));
            }
        }
        return dict;
    }

    private PyList epochList() {
        PyList out = new PyList();
        for (Integer e : history.epoch()) {
            out.append((long) e);
        }
        return out;
    }

    private PyDict params() {
        PyDict p = new PyDict();
        Object v = history.verbose();
        p.put("verbose", v instanceof Integer ? (Object) ((Integer) v).longValue() : v);
        p.put("epochs", (long) history.epochs());
        p.put("steps", (long) history.steps());
        return p;
    }
}
