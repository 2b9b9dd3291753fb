package seqplay.lang.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The arguments of one Python call: positional values, then keyword names and values in the order written.
 *
 * <p>{@code f(1, 2, name='x')} arrives as {@code positional = [1, 2]}, {@code keywords = [name]},
 * {@code values = ['x']}. {@code *list} and {@code **dict} at the call site are already expanded. Most code does
 * not read this directly but binds it with a {@link Signature}, which produces CPython's TypeError texts.
 */
public final class Args {
    private static final Args EMPTY = new Args(List.of(), List.of(), List.of());

    private final List<Object> positional;
    private final List<String> keywordNames;
    private final List<Object> keywordValues;

    public Args(List<Object> positional, List<String> keywordNames, List<Object> keywordValues) {
        this.positional = Collections.unmodifiableList(new ArrayList<>(positional));
        this.keywordNames = Collections.unmodifiableList(new ArrayList<>(keywordNames));
        this.keywordValues = Collections.unmodifiableList(new ArrayList<>(keywordValues));
    }

    /** Positional arguments only. */
    public static Args of(Object... positional) {
        if (positional.length == 0) {
            return EMPTY;
        }
        List<Object> list = new ArrayList<>(positional.length);
        Collections.addAll(list, positional);
        return new Args(list, List.of(), List.of());
    }

    /** A copy with one more keyword argument. */
    public Args with(String keyword, Object value) {
        List<String> names = new ArrayList<>(keywordNames);
        List<Object> values = new ArrayList<>(keywordValues);
        names.add(keyword);
        values.add(value);
        return new Args(positional, names, values);
    }

    /** A copy with {@code first} in front of the positional arguments (how a bound method passes self). */
    public Args prepend(Object first) {
        List<Object> list = new ArrayList<>(positional.size() + 1);
        list.add(first);
        list.addAll(positional);
        return new Args(list, keywordNames, keywordValues);
    }

    public List<Object> positional() {
        return positional;
    }

    public int size() {
        return positional.size();
    }

    public Object get(int index) {
        return positional.get(index);
    }

    public List<String> keywordNames() {
        return keywordNames;
    }

    public List<Object> keywordValues() {
        return keywordValues;
    }

    public boolean hasKeywords() {
        return !keywordNames.isEmpty();
    }

    /** The value of keyword argument {@code name}, or {@code null} when it was not passed. */
    public Object keyword(String name) {
        int i = keywordNames.indexOf(name);
        return i < 0 ? null : keywordValues.get(i);
    }
}
