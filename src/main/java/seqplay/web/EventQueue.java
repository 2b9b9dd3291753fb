package seqplay.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The events a run produced since the worker last asked, in the worker protocol's shapes
 * (docs/worker-protocol.md).
 *
 * <p>Events are encoded as JSON text; number arrays are kept aside as {@code double[]} and referenced from the
 * JSON as {@code {"$array": i}}, so the worker glue copies each one out of the engine once (as a Float64Array)
 * and transfers it to the page without another copy. {@link #take()} and {@link #takeArray(int)} empty the
 * queue: a run's memory does not grow with its length.
 *
 * <pre>{@code
 * EventQueue q = new EventQueue();
 * q.add(q.event("output").name("text").value("hello\n"));
 * q.take();   // [{"type":"output","text":"hello\n"}]
 * }</pre>
 */
public final class EventQueue {
    private final List<String> events = new ArrayList<>();
    private final List<double[]> arrays = new ArrayList<>();
    private int arrayBase;

    /** Starts an event object with its type; finish it with {@link #add(Json)}. */
    public Json event(String type) {
        return new Json().beginObject().name("type").value(type);
    }

    /** Closes the event's object and queues it. */
    public void add(Json event) {
        events.add(event.endObject().toString());
    }

    /** Keeps an array for the event being written and writes its reference. */
    public Json array(Json event, double[] values) {
        arrays.add(values);
        int index = arrayBase + arrays.size() - 1;
        return event.beginObject().name("$array").value(index).endObject();
    }

    /** The queued events as a JSON array; the queue of events is emptied (arrays wait for takeArray). */
    public String take() {
        Json out = new Json().beginArray();
        for (String e : events) {
            out.raw(e);
        }
        events.clear();
        return out.endArray().toString();
    }

    /**
     * The array an event referenced. Indices keep growing across takes, so a reference is never reused;
     * arrays not taken by the next {@link #take()} after their event are dropped then.
     */
    public double[] takeArray(int index) {
        int i = index - arrayBase;
        if (i < 0 || i >= arrays.size()) {
            return new double[0];
        }
        double[] a = arrays.get(i);
        arrays.set(i, null);
        return a == null ? new double[0] : a;
    }

    /** Forgets arrays whose events were already taken and read. Call before producing the next batch. */
    public void compact() {
        if (events.isEmpty()) {
            arrayBase += arrays.size();
            arrays.clear();
        }
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }
}
