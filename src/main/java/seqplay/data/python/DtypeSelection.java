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
import seqplay.lang.runtime.PySet;
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
 * {@code 'integer'}/{@code np.integer}, {@code 'floating'}/{@code np.floating}, the codes {@code 'i8'}/{@code 'f8'},
 * pandas' {@code 'boolean'}/{@code 'Int64'}/{@code 'Float64'}; a scalar or a list, tuple or set. Names of dtypes the
 * playground's frames never hold ({@code 'category'}, {@code 'datetime'}, {@code 'float32'}, {@code 'int8'},
 * {@code 'string'}) select nothing.
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
        if (value instanceof PySequence || value instanceof PySet) {
            // pandas takes any list-like: a list, a tuple, a set
            List<Object> items = value instanceof PySet set ? set.items() : ((PySequence) value).items();
            for (Object item : items) {
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
            case "bool": case "bool_": case "boolean":
                return new Selector("numpy.bool", Set.of(Column.Dtype.BOOL));
            // numpy's type codes and pandas' nullable names select by their numpy type too ('Int64' → int64)
            case "int64": case "int": case "int_": case "i8": case "Int64":
                return new Selector("numpy.int64", Set.of(Column.Dtype.INT64));
            case "integer":
                return new Selector("numpy.integer", Set.of(Column.Dtype.INT64));
            case "float64": case "float": case "f8": case "Float64":
                return new Selector("numpy.float64", Set.of(Column.Dtype.FLOAT64));
            case "floating":
                return new Selector("numpy.floating", Set.of(Column.Dtype.FLOAT64));
            case "float32": case "float16": case "int32": case "int16": case "int8": case "uint8": case "uint16":
            case "uint32": case "uint64": case "b": case "complex": case "complex128": case "category": case "datetime":
            case "datetime64": case "timedelta": case "timedelta64": case "string":
                // dtypes the playground's frames never hold ('string' is pandas' StringDtype, not object)
                return new Selector("numpy." + name, Set.of());
            case "str": case "U": case "S":
                throw Py.typeError("string dtypes are not allowed, use 'object' instead");
            default:
                throw Py.typeError("data type '" + name + "' not understood");
        }
    }
}
