package seqplay.data.python;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import seqplay.data.pandas.Column;
import seqplay.data.pandas.DataFrame;
import seqplay.errors.PyException;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PySequence;
import seqplay.lang.runtime.PyType;
import seqplay.numpy.python.PyScalarType;

/**
 * {@code df.select_dtypes(include=None, exclude=None)}: the columns whose dtype one of {@code include} names and
 * none of {@code exclude} does.
 *
 * <pre>{@code
 * x = df.select_dtypes(include='number')        # or np.number: int64 and float64 columns, not bool
 * text = df.select_dtypes(include='object')      # the text columns, e.g. for get_dummies
 * }</pre>
 *
 * Selectors are pandas': {@code 'number'}, {@code 'object'}/{@code 'O'}/{@code object}, {@code 'bool'},
 * {@code 'int64'}/{@code 'int'}/{@code int}/{@code np.int64}, {@code 'float64'}/{@code 'float'}/{@code float},
 * {@code 'integer'}/{@code np.integer}, {@code 'floating'}/{@code np.floating}; a scalar or a list. Names of dtypes
 * the playground's frames never hold ({@code 'category'}, {@code 'datetime'}, {@code 'float32'}) select nothing.
 */
final class DtypeSelection {
    /** One selector: numpy's class it stands for (named in the overlap error) and the column dtypes it takes. */
    private record Selector(String numpyClass, Set<Column.Dtype> dtypes) {
    }

    private DtypeSelection() {
    }

    static DataFrame select(DataFrame frame, Object include, Object exclude) {
        List<Selector> in = selectors(include);
        List<Selector> out = selectors(exclude);
        if (in.isEmpty() && out.isEmpty()) {
            throw PyException.valueError("at least one of include or exclude must be nonempty");
        }
        Set<String> overlap = new LinkedHashSet<>();
        for (Selector a : in) {
            for (Selector b : out) {
                if (a.numpyClass().equals(b.numpyClass())) {
                    overlap.add("<class '" + a.numpyClass() + "'>");
                }
            }
        }
        if (!overlap.isEmpty()) {
            // pandas note: pandas prints a frozenset, whose order for several classes is Python's hash order;
            // the playground lists them in the order given.
            throw PyException.valueError("include and exclude overlap on frozenset({" + String.join(", ", overlap)
                    + "})");
        }
        List<Integer> keep = new ArrayList<>();
        for (int j = 0; j < frame.ncols(); j++) {
            Column.Dtype d = frame.column(j).dtype();
            if ((in.isEmpty() || takes(in, d)) && !takes(out, d)) {
                keep.add(j);
            }
        }
        int[] js = new int[keep.size()];
        for (int i = 0; i < js.length; i++) {
            js[i] = keep.get(i);
        }
        return frame.takeColumns(js);
    }

    private static boolean takes(List<Selector> selectors, Column.Dtype d) {
        for (Selector s : selectors) {
            if (s.dtypes().contains(d)) {
                return true;
            }
        }
        return false;
    }

    private static List<Selector> selectors(Object value) {
        List<Selector> out = new ArrayList<>();
        if (value == Py.NONE) {
            return out;
        }
        if (value instanceof PySequence seq) {
            for (Object item : seq.items()) {
                out.add(selector(item));
            }
        } else {
            out.add(selector(value));
        }
        return out;
    }

    private static Selector selector(Object value) {
        String name;
        if (value instanceof String s) {
            name = s;
        } else if (value instanceof PyScalarType t) {
            name = t.numpyName();
        } else if (value instanceof PyType t) {
            name = t.name();
        } else {
            throw Py.typeError("Cannot interpret '" + Py.str(value) + "' as a data type");
        }
        switch (name) {
            case "number":
                return new Selector("numpy.number", Set.of(Column.Dtype.INT64, Column.Dtype.FLOAT64));
            case "object": case "O":
                return new Selector("numpy.object_", Set.of(Column.Dtype.OBJECT));
            case "bool": case "bool_":
                return new Selector("numpy.bool", Set.of(Column.Dtype.BOOL));
            case "int64": case "int": case "int_":
                return new Selector("numpy.int64", Set.of(Column.Dtype.INT64));
            case "integer":
                return new Selector("numpy.integer", Set.of(Column.Dtype.INT64));
            case "float64": case "float":
                return new Selector("numpy.float64", Set.of(Column.Dtype.FLOAT64));
            case "floating":
                return new Selector("numpy.floating", Set.of(Column.Dtype.FLOAT64));
            case "float32": case "int32": case "category": case "datetime": case "datetime64": case "timedelta":
                return new Selector("numpy." + name, Set.of());
            case "str": case "string": case "U":
                throw Py.typeError("string dtypes are not allowed, use 'object' instead");
            default:
                throw Py.typeError("data type '" + name + "' not understood");
        }
    }
}
