package seqplay.lang.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import seqplay.errors.PyException;
import seqplay.lang.Context;

/**
 * The modules a program can import, by dotted name, each built on first import for one run.
 *
 * <pre>{@code
 * modules.register("keras.utils", ctx -> new PyModule("keras.utils").add("to_categorical", ...));
 * modules.alias("tensorflow.keras.utils", "keras.utils");      // the same module object under both names
 * }</pre>
 *
 * A factory receives the run's {@link Context} (output, seed, per-run state such as the Keras session), and is
 * called at most once per run: every {@code import} of the name gets the same module object. Parent packages
 * need not be registered: importing {@code a.b} creates an empty {@code a} if nothing else provides it, and
 * {@code a.b} appears as an attribute of {@code a}.
 */
public final class Modules {
    /** Builds a module for one run. */
    public interface Factory {
        PyModule create(Context context);
    }

    private final Map<String, Factory> factories = new LinkedHashMap<>();
    private final Map<String, String> aliases = new HashMap<>();
    private final Map<String, PyModule> loaded = new HashMap<>();
    private Context context;

    /** A registry holding Python's standard modules the playground provides ({@code math}). */
    public Modules() {
        StandardModules.install(this);
    }

    /** Registers (or replaces) the module {@code name}. */
    public Modules register(String name, Factory factory) {
        factories.put(name, factory);
        return this;
    }

    /** Makes {@code name} import the same module object as {@code target}. */
    public Modules alias(String name, String target) {
        aliases.put(name, target);
        return this;
    }

    /**
     * Binds this registry to the context of the runs that import from it; called by the interpreter. Modules
     * already imported under the same context are kept (later steps of a lesson see the same module objects).
     */
    public void attach(Context runContext) {
        if (runContext != context) {
            loaded.clear();
        }
        this.context = runContext;
    }

    /** The run this registry belongs to, or null before a run starts. */
    public Context context() {
        return context;
    }

    private String resolve(String name) {
        String target = aliases.get(name);
        return target == null ? name : resolve(target);
    }

    /** Whether {@code name} can be imported: registered, aliased, or a parent of something registered. */
    public boolean isKnown(String name) {
        String n = resolve(name);
        if (factories.containsKey(n) || loaded.containsKey(n)) {
            return true;
        }
        String prefix = name + ".";
        String resolvedPrefix = n + ".";
        for (String k : factories.keySet()) {
            if (k.startsWith(prefix) || k.startsWith(resolvedPrefix)) {
                return true;
            }
        }
        for (String k : aliases.keySet()) {
            if (k.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Standard-library modules learners reach for that the playground leaves out: their hint says so instead of
     * suggesting a spelling mistake.
     */
    private static final java.util.Set<String> STANDARD_LIBRARY = java.util.Set.of("random", "os", "sys", "time",
            "json", "csv", "collections", "itertools", "functools", "statistics", "re", "datetime", "copy",
            "pathlib", "glob", "pickle", "string", "typing", "warnings", "decimal", "fractions", "io", "shutil");

    /** Imports {@code name}, raising Python's {@code ModuleNotFoundError} when it is unknown. */
    public PyModule load(String name) {
        PyModule m = loadIfPresent(name);
        if (m == null) {
            int dot = name.indexOf('.');
            String top = dot < 0 ? name : name.substring(0, dot);
            String elsewhere = OutsideSubset.moduleHint(name);
            throw new PyException("ModuleNotFoundError", "No module named '" + name + "'",
                    STANDARD_LIBRARY.contains(top) ? "lang.module_stdlib"
                            : elsewhere != null ? elsewhere : "lang.module_missing");
        }
        return m;
    }

    /** Imports {@code name} if it is known, else returns null. */
    public PyModule loadIfPresent(String name) {
        String n = resolve(name);
        PyModule m = loaded.get(n);
        if (m != null) {
            return m;
        }
        if (!isKnown(name)) {
            return null;
        }
        Factory f = factories.get(n);
        m = f != null ? f.create(context) : new PyModule(n);
        m.attach(this);
        loaded.put(n, m);
        return m;
    }

    /** The direct children of package {@code name} that can be imported. */
    public List<String> childrenOf(String name) {
        List<String> out = new ArrayList<>();
        String prefix = resolve(name) + ".";
        List<String> all = new ArrayList<>(factories.keySet());
        all.addAll(aliases.keySet());
        for (String k : all) {
            String full = k;
            if (full.startsWith(prefix) || full.startsWith(name + ".")) {
                String rest = full.substring(full.startsWith(prefix) ? prefix.length() : name.length() + 1);
                int dot = rest.indexOf('.');
                String child = dot < 0 ? rest : rest.substring(0, dot);
                if (!out.contains(child)) {
                    out.add(child);
                }
            }
        }
        return out;
    }
}
