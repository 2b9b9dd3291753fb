package seqplay.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import seqplay.lang.Output;
import seqplay.lang.RichEvent;

/**
 * A run's output as worker-protocol events (docs/worker-protocol.md): {@code output}, {@code live},
 * {@code summary}, {@code table}.
 *
 * <p>Text is held back and sent as one {@code output} event per slice (a {@code print} in a loop of ten thousand
 * turns does not make ten thousand events), and only the newest progress line of a slice is sent. Anything else
 * queued for the page (a chart, an epoch) first {@link #flush}es what is held, so the page sees everything in
 * program order.
 */
final class PageOutput implements Output {
    private final EventQueue events;
    private final StringBuilder text = new StringBuilder();
    private boolean textIsError;
    /** The live line now shown (null when none is open) and whether the page has not seen it yet. */
    private String live;
    private boolean liveUnsent;

    PageOutput(EventQueue events) {
        this.events = events;
    }

    @Override
    public void write(String t) {
        endLiveLine();
        append(t, false);
    }

    /** Standard error (Python's warnings) is marked so the page can set it apart, as Colab does. */
    @Override
    public void writeError(String t) {
        endLiveLine();
        append(t, true);
    }

    private void append(String t, boolean error) {
        if (t.isEmpty()) {
            return;
        }
        if (text.length() > 0 && textIsError != error) {
            flushText();
        }
        textIsError = error;
        text.append(t);
    }

    @Override
    public void liveLine(String t) {
        flushText();
        live = t;
        liveUnsent = true;
    }

    @Override
    public void endLiveLine() {
        if (live != null) {
            String line = live;
            live = null;
            liveUnsent = false;
            append(line + "\n", false);
        }
    }

    @Override
    public void rich(RichEvent event) {
        endLiveLine();
        flush();
        if (event.kind().equals("summary")) {
            summary(event);
        } else if (event.kind().equals("dataframe")) {
            table(event);
        } else if (event.kind().equals("note")) {
            note(event.data());
        } else if (event.kind().equals("figure")) {
            Json e = events.event("figure").name("figure");
            plain(e, event.data());
            events.add(e);
        } else {
            append(event.text(), false);
        }
    }

    /** Queues what is held back: the text, then the newest live line. Call before any other event. */
    void flush() {
        flushText();
        if (liveUnsent) {
            liveUnsent = false;
            events.add(events.event("live").name("line").value(live));
        }
    }

    private void flushText() {
        if (text.length() == 0) {
            return;
        }
        Json e = events.event("output").name("text").value(text.toString());
        if (textIsError) {
            e.name("stream").value("stderr");
        }
        events.add(e);
        text.setLength(0);
    }

    /**
     * {@code note} (a teaching note from the running program, such as a fit whose loss became nan): sent as a
     * {@code warnings} event, so the page underlines the line and lists the text as it does the checker's.
     */
    private void note(Map<String, Object> data) {
        events.add(events.event("warnings").name("note").value(true).name("items").beginArray().beginObject()
                .name("line").value(((Integer) data.get("line")).intValue()).name("column").value(1)
                .name("endColumn").value(0).name("id").value((String) data.get("id"))
                .name("message").value((String) data.get("message"))
                .name("texts").beginObject().name("ko").value((String) data.get("ko"))
                .name("en").value((String) data.get("en")).endObject()
                .endObject().endArray());
    }

    /**
     * Writes a RichEvent's plain value as JSON: maps, lists, strings, numbers, booleans, and {@code double[]} as
     * arrays kept aside (the page receives them as Float64Arrays, copied once).
     */
    private void plain(Json e, Object v) {
        if (v instanceof Map<?, ?> map) {
            e.beginObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                e.name(String.valueOf(entry.getKey()));
                plain(e, entry.getValue());
            }
            e.endObject();
        } else if (v instanceof List<?> list) {
            e.beginArray();
            for (Object item : list) {
                plain(e, item);
            }
            e.endArray();
        } else if (v instanceof double[] array) {
            events.array(e, array);
        } else if (v instanceof Boolean b) {
            e.value(b.booleanValue());
        } else if (v instanceof Integer i) {
            e.value(i.intValue());
        } else if (v instanceof Number n) {
            e.value(n.doubleValue());
        } else {
            e.value(String.valueOf(v));
        }
    }

    /** {@code summary}: the exact text, its rows split into name and type, and the totals lines under the table. */
    private void summary(RichEvent event) {
        Json e = events.event("summary").name("text").value(event.text()).name("rows").beginArray();
        Object rows = event.data().get("rows");
        if (rows instanceof List<?> list) {
            for (Object o : list) {
                Map<?, ?> r = (Map<?, ?>) o;
                String layer = String.valueOf(r.get("layer"));
                int open = layer.lastIndexOf(" (");
                e.beginObject()
                        .name("name").value(open < 0 ? layer : layer.substring(0, open))
                        .name("type").value(open < 0 ? "" : layer.substring(open + 2, layer.length() - 1))
                        .name("shape").value(String.valueOf(r.get("outputShape")))
                        .name("params").value(String.valueOf(r.get("params")))
                        .endObject();
            }
        }
        e.endArray().name("totals").beginArray();
        String text = event.text();
        for (int start = 0, end; start < text.length(); start = end + 1) {
            end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end);
            if (line.startsWith(" Total params:") || line.startsWith(" Trainable params:")
                    || line.startsWith(" Non-trainable params:")) {
                e.value(line);
            }
        }
        events.add(e.endArray());
    }

    /** {@code table}: a DataFrame's cells with pandas' "..." row and column where the text form cuts it. */
    private void table(RichEvent event) {
        Map<String, Object> d = event.data();
        List<String> columns = strings(d.get("columns"));
        List<String> index = strings(d.get("index"));
        int rowGap = ((Number) d.get("rowGapAt")).intValue();
        int colGap = ((Number) d.get("columnGapAt")).intValue();
        if (colGap >= 0) {
            columns.add(colGap, "...");
        }
        Json e = events.event("table").name("columns");
        stringArray(e, columns);
        e.name("rows").beginArray();
        List<?> cells = (List<?>) d.get("cells");
        List<String> shownIndex = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (i == rowGap) {
                List<String> dots = new ArrayList<>();
                for (int c = 0; c < columns.size(); c++) {
                    dots.add("...");
                }
                stringArray(e, dots);
                shownIndex.add("...");
            }
            List<String> row = strings(cells.get(i));
            if (colGap >= 0) {
                row.add(colGap, "...");
            }
            stringArray(e, row);
            shownIndex.add(i < index.size() ? index.get(i) : "");
        }
        e.endArray().name("index");
        stringArray(e, shownIndex);
        String footer = (String) d.get("footer");
        if (footer != null && !footer.isEmpty()) {
            e.name("footer").value(footer);
        }
        events.add(e.name("text").value(event.text()));
    }

    private static List<String> strings(Object list) {
        List<String> out = new ArrayList<>();
        if (list instanceof List<?> l) {
            for (Object o : l) {
                out.add(String.valueOf(o));
            }
        }
        return out;
    }

    private static void stringArray(Json e, List<String> values) {
        e.beginArray();
        for (String v : values) {
            e.value(v);
        }
        e.endArray();
    }
}
