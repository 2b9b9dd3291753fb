package seqplay.data.python;

import java.util.List;
import seqplay.data.sklearn.MinMaxScaler;
import seqplay.data.sklearn.Scaler;
import seqplay.data.sklearn.StandardScaler;
import seqplay.errors.PyException;
import seqplay.lang.Context;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyList;
import seqplay.lang.runtime.PyObject;
import seqplay.lang.runtime.PyTuple;
import seqplay.lang.runtime.PyType;
import seqplay.numpy.NdArray;
import seqplay.numpy.python.Convert;

/**
 * {@code StandardScaler} and {@code MinMaxScaler} as Python sees them: {@code fit} returns the scaler,
 * {@code transform}/{@code fit_transform}/{@code inverse_transform} return arrays, and the fitted attributes
 * ({@code mean_}, {@code scale_}, {@code data_min_}…) exist only after {@code fit}, as in scikit-learn.
 */
public final class PyScaler implements PyObject {
    private static PyType.Builder<PyScaler> common(String name) {
        return PyType.builder(name, "sklearn.preprocessing._data", PyScaler.class)
                .method("fit", name + ".fit(self, X, y=None, sample_weight=None)", (self, a) -> {
                    self.scaler.fit(Bridge.arrayLike(a[1]));
                    return self;
                })
                .method("transform", name + ".transform(self, X, copy=None)",
                        (self, a) -> Convert.wrap(self.scaler.transform(Bridge.arrayLike(a[1]))))
                .method("fit_transform", name + ".fit_transform(self, X, y=None, **fit_params)",
                        (self, a) -> Convert.wrap(self.scaler.fitTransform(Bridge.arrayLike(a[1]))))
                .method("inverse_transform", name + ".inverse_transform(self, X, copy=None)",
                        (self, a) -> Convert.wrap(self.scaler.inverseTransform(Bridge.arrayLike(a[1]))))
                .property("n_features_in_", self -> (long) self.fitted("n_features_in_").scaler.nFeaturesIn())
                .property("n_samples_seen_", self -> self.fitted("n_samples_seen_").scaler.nSamplesSeen())
                .property("feature_names_in_", self -> {
                    List<String> names = self.fitted("feature_names_in_").scaler.featureNamesIn();
                    if (names == null) {
                        throw self.noAttribute("feature_names_in_");
                    }
                    return new PyList(names);
                });
    }

    /** The {@code StandardScaler} class of one run (its instances warn through the run's output). */
    static PyType standardType(Context ctx) {
        PyType[] self = new PyType[1];
        self[0] = common("StandardScaler")
                .constructor("StandardScaler.__init__(self, *, copy=True, with_mean=True, with_std=True)",
                        a -> new PyScaler(new StandardScaler(Py.truthy(a[2]), Py.truthy(a[3]), Bridge.warnings(ctx)),
                                self[0]))
                .property("mean_", s -> s.array(((StandardScaler) s.fitted("mean_").scaler).mean()))
                .property("var_", s -> s.array(((StandardScaler) s.fitted("var_").scaler).var()))
                .property("scale_", s -> s.array(((StandardScaler) s.fitted("scale_").scaler).scale()))
                .build();
        return self[0];
    }

    /** The {@code MinMaxScaler} class of one run. */
    static PyType minMaxType(Context ctx) {
        PyType[] self = new PyType[1];
        self[0] = common("MinMaxScaler")
                .constructor("MinMaxScaler.__init__(self, feature_range=None, *, copy=True, clip=False)",
                        a -> minMax(a, ctx, self[0]))
                .property("data_min_", s -> s.array(((MinMaxScaler) s.fitted("data_min_").scaler).dataMin()))
                .property("data_max_", s -> s.array(((MinMaxScaler) s.fitted("data_max_").scaler).dataMax()))
                .property("data_range_", s -> s.array(((MinMaxScaler) s.fitted("data_range_").scaler)
                        .dataRange()))
                .property("scale_", s -> s.array(((MinMaxScaler) s.fitted("scale_").scaler).scale()))
                .property("min_", s -> s.array(((MinMaxScaler) s.fitted("min_").scaler).min()))
                .build();
        return self[0];
    }

    private final Scaler scaler;
    private final PyType type;

    private PyScaler(Scaler scaler, PyType type) {
        this.scaler = scaler;
        this.type = type;
    }

    private static PyScaler minMax(Object[] a, Context ctx, PyType type) {
        // feature_range=(0, 1) by default; the runtime's signatures take only literal defaults
        Object range = a[1] == Py.NONE ? PyTuple.of(0L, 1L) : a[1];
        if (!(range instanceof PyTuple t) || t.size() != 2) {
            throw new PyException("sklearn.utils._param_validation.InvalidParameterError", "The 'feature_range'"
                    + " parameter of MinMaxScaler must be an instance of 'tuple'. Got " + Py.repr(range)
                    + " instead.");
        }
        return new PyScaler(new MinMaxScaler(Py.toDouble(t.get(0)), Py.toDouble(t.get(1)), Py.repr(t),
                Py.truthy(a[3]), Bridge.warnings(ctx)), type);
    }

    private PyScaler fitted(String attribute) {
        if (!scaler.isFitted()) {
            throw noAttribute(attribute);
        }
        return this;
    }

    private PyException noAttribute(String attribute) {
        return new PyException("AttributeError", "'" + scaler.name() + "' object has no attribute '" + attribute
                + "'");
    }

    private Object array(NdArray a) {
        if (a == null) {
            return Py.NONE;
        }
        return Convert.wrap(a);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public String repr() {
        return scaler.repr();
    }
}
