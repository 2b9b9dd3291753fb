package seqplay.lang;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A structured piece of output with its plain-text form: {@code kind} names what it is ({@code "summary"},
 * {@code "dataframe"}, {@code "chart"}, ...), {@code text} is what Python would print, and {@code data} holds
 * plain values for a richer view (strings, numbers, booleans, {@code List}s and {@code Map}s of those, and
 * {@code double[]}), ready to cross the browser boundary as JSON.
 */
public record RichEvent(String kind, String text, Map<String, Object> data) {
    public RichEvent {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /** An event with no structured payload. */
    public static RichEvent of(String kind, String text) {
        return new RichEvent(kind, text, Map.of());
    }
}
