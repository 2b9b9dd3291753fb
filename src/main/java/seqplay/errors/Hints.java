package seqplay.errors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog of teaching hints: a short Korean and English explanation for each known mistake, found by the id a
 * {@link PyException} carries ({@link PyException#hintId()}) or a checker warning names.
 *
 * <p>Ids are dotted and grouped by area: {@code lang.*} for the language (names, syntax, operators),
 * {@code check.*} for the static checker, {@code keras.*} for Keras mistakes. Each area registers its entries in
 * its own class ({@link LanguageHints}, ...), listed once in {@link #AREAS}; to add an area, write a class with a
 * {@code static void register(Hints.Registry r)} and add it there. Texts may contain {@code {0}}, {@code {1}}
 * placeholders, filled by {@link #text(String, String, String...)}.
 *
 * <pre>{@code
 * r.add("keras.fit_before_compile",
 *       "fit() 전에 model.compile(...)로 손실 함수와 옵티마이저를 정해야 합니다.",
 *       "Call model.compile(...) to choose a loss and an optimizer before fit().");
 * }</pre>
 */
public final class Hints {
    /** One hint in both languages. */
    public record Hint(String id, String ko, String en) {
        /** The text in {@code lang} ("ko" or "en"; anything else gives English). */
        public String in(String lang) {
            return "ko".equals(lang) ? ko : en;
        }
    }

    /** Collects the entries of one area. */
    public static final class Registry {
        private final Map<String, Hint> entries;

        Registry(Map<String, Hint> entries) {
            this.entries = entries;
        }

        /** Adds a hint; an id may be registered only once. */
        public void add(String id, String ko, String en) {
            if (entries.containsKey(id)) {
                throw new IllegalStateException("duplicate hint id " + id);
            }
            entries.put(id, new Hint(id, ko, en));
        }
    }

    private interface Area {
        void register(Registry r);
    }

    /** Every area that contributes hints. */
    private static final Area[] AREAS = {LanguageHints::register, CheckerHints::register, KerasHints::register,
        DataHints::register};

    private static Map<String, Hint> catalog;

    private Hints() {
    }

    private static synchronized Map<String, Hint> catalog() {
        if (catalog == null) {
            Map<String, Hint> m = new LinkedHashMap<>();
            Registry r = new Registry(m);
            for (Area a : AREAS) {
                a.register(r);
            }
            catalog = m;
        }
        return catalog;
    }

    /** The hint with this id, or null. */
    public static Hint get(String id) {
        return id == null ? null : catalog().get(id);
    }

    /** The hint text in {@code lang} with {@code {0}}, {@code {1}}... replaced by {@code args}; null if unknown. */
    public static String text(String id, String lang, String... args) {
        Hint h = get(id);
        if (h == null) {
            return null;
        }
        return fill(h.in(lang), args);
    }

    /** Replaces {@code {i}} placeholders. */
    public static String fill(String template, String... args) {
        String s = template;
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", args[i]);
        }
        return s;
    }

    /** Every registered hint, in registration order. */
    public static Collection<Hint> all() {
        return new ArrayList<>(catalog().values());
    }

    /** Every registered id. */
    public static List<String> ids() {
        return new ArrayList<>(catalog().keySet());
    }
}
