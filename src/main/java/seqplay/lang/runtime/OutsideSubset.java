package seqplay.lang.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names that exist in the real libraries but lie outside the playground's subset, so that their errors teach the
 * right thing.
 *
 * <p>A learner who brings {@code df.groupby('target').mean()} or {@code model.save('model.h5')} from Colab has not
 * misspelt anything: the usual hint ("check the spelling") and a "Did you mean: 'set_weights'?" built from the
 * playground's own, smaller attribute list would send them hunting for a typo. For the names listed here the error
 * says instead that the call is real but not offered, or, for files and downloads, what to do in the browser.
 *
 * <pre>{@code
 * model.save('model.h5')
 * AttributeError: 'Sequential' object has no attribute 'save'
 * Hint: the playground cannot write files; Export ▸ notebook carries the trained weights.
 * }</pre>
 *
 * The lists name what Colab notebooks for beginners use; a name missing from them only gets the general hint. A
 * name the playground offers is never looked up here (the lookup runs after the attribute was not found).
 */
public final class OutsideSubset {
    /** Attributes by owner: a type name ({@code DataFrame}) or a module name ({@code numpy}). */
    private static final Map<String, Set<String>> ATTRIBUTES = new HashMap<>();
    /** Attributes whose hint is not the general one, by name: saving to files, downloading datasets. */
    private static final Map<String, String> SPECIAL = new HashMap<>();

    /** Third-party modules (and sklearn's estimator packages) learners import, none of them bundled. */
    private static final Set<String> MODULES = Set.of("scipy", "seaborn", "torch", "torchvision", "PIL", "cv2",
            "plotly", "xgboost", "lightgbm", "catboost", "statsmodels", "keras_tuner", "tensorflow_datasets",
            "tqdm", "joblib", "IPython", "requests", "sklearn.linear_model", "sklearn.tree", "sklearn.ensemble",
            "sklearn.neighbors", "sklearn.svm", "sklearn.cluster", "sklearn.decomposition", "sklearn.pipeline",
            "sklearn.impute", "sklearn.naive_bayes", "sklearn.feature_selection", "sklearn.compose",
            "sklearn.neural_network", "sklearn.manifold", "tensorflow.keras.applications",
            "tensorflow.keras.preprocessing", "keras.applications", "keras.preprocessing");

    static {
        owner("DataFrame", "groupby merge join concat pivot pivot_table melt apply applymap map agg aggregate "
                + "transform plot hist boxplot to_csv to_excel to_dict to_json sample nlargest nsmallest duplicated "
                + "drop_duplicates rename reset_index set_index astype query isna isnull notna notnull sum mean std "
                + "var min max count cumsum idxmax idxmin sort_values sort_index iterrows itertuples items "
                + "select_dtypes corr cov nunique replace where mask clip quantile mode skew kurt transpose dtypes "
                + "index insert pop assign equals isin diff pct_change shift rolling expanding resample "
                + "interpolate memory_usage eval style at iat explode stack unstack any all prod");
        owner("Series", "groupby apply map agg plot hist to_csv to_list tolist to_dict to_frame sample nlargest "
                + "nsmallest duplicated drop_duplicates rename reset_index astype isna isnull notna notnull str dt "
                + "cat between isin cumsum cumprod idxmax idxmin argmax argmin replace where mask clip quantile mode "
                + "skew kurt var diff shift rolling pct_change items unique nunique value_counts sort_values "
                + "sort_index any all prod dtype index name at iat interpolate explode count");
        owner("ndarray", "dot sort argsort cumsum cumprod prod var any all tolist item squeeze ravel transpose "
                + "repeat nonzero fill swapaxes take put ptp trace diagonal searchsorted tobytes view resize itemsize "
                + "nbytes strides real imag conj argmax argmin");
        owner("Sequential", "save save_weights load_weights to_json get_config get_layer trainable_weights "
                + "non_trainable_weights weights trainable_variables variables train_on_batch test_on_batch "
                + "predict_on_batch compute_output_shape inputs outputs input output build call stop_training export "
                + "metrics loss optimizer trainable predict_classes predict_proba fit_generator evaluate_generator "
                + "predict_generator");
        owner("numpy", "linalg dot matmul argsort sort cumsum cumprod prod percentile quantile var eye identity tile "
                + "repeat stack expand_dims squeeze meshgrid c_ r_ diag trace outer cross inner einsum log2 log10 "
                + "log1p expm1 tan arcsin arccos arctan arctan2 sinh cosh tanh floor ceil sign maximum minimum power "
                + "square isnan isinf isfinite newaxis nanmean nansum nanmax nanmin average histogram digitize "
                + "bincount ones_like zeros_like full_like empty empty_like save load savetxt loadtxt genfromtxt "
                + "set_printoptions count_nonzero allclose isclose array_equal polyfit polyval convolve corrcoef cov "
                + "diff gradient interp flip fliplr flipud rot90 roll transpose swapaxes moveaxis split array_split "
                + "atleast_2d ravel nonzero argwhere searchsorted fft median");
        owner("numpy.random", "default_rng choice random random_sample binomial poisson exponential beta gamma "
                + "multivariate_normal RandomState Generator standard_normal sample");
        owner("pandas", "concat merge to_datetime to_numeric cut qcut pivot_table crosstab read_excel read_json "
                + "read_table date_range isna isnull notna melt factorize unique set_option options Categorical "
                + "Timestamp NA NaT Index MultiIndex");
        owner("sklearn.metrics", "f1_score precision_score recall_score roc_auc_score roc_curve auc "
                + "precision_recall_curve log_loss ConfusionMatrixDisplay RocCurveDisplay "
                + "mean_absolute_percentage_error median_absolute_error balanced_accuracy_score silhouette_score");
        owner("sklearn.preprocessing", "LabelEncoder OneHotEncoder RobustScaler Normalizer PolynomialFeatures "
                + "LabelBinarizer OrdinalEncoder MaxAbsScaler normalize scale minmax_scale");
        owner("sklearn.model_selection", "cross_val_score cross_validate KFold StratifiedKFold GridSearchCV "
                + "RandomizedSearchCV learning_curve");
        owner("sklearn.datasets", "fetch_openml fetch_california_housing fetch_20newsgroups fetch_lfw_people "
                + "fetch_covtype load_linnerud make_gaussian_quantiles make_swiss_roll make_s_curve make_friedman1");
        owner("keras", "datasets applications saving preprocessing regularizers constraints mixed_precision ops "
                + "random Model");
        owner("keras.models", "load_model Model model_from_json clone_model");
        owner("keras.callbacks", "ModelCheckpoint ReduceLROnPlateau TensorBoard LearningRateScheduler CSVLogger "
                + "LambdaCallback TerminateOnNaN BackupAndRestore");
        owner("keras.optimizers", "Adamax Nadam AdamW Adadelta Ftrl Lion schedules");
        owner("keras.utils", "plot_model normalize image_dataset_from_directory text_dataset_from_directory "
                + "load_img img_to_array get_file");
        owner("keras.metrics", "Precision Recall AUC F1Score TruePositives FalsePositives TrueNegatives "
                + "FalseNegatives MeanIoU TopKCategoricalAccuracy");
        owner("tensorflow", "constant Variable convert_to_tensor data math nn image reduce_mean reduce_sum matmul "
                + "reshape cast float32 int32 GradientTape function config test one_hot argmax");
        // matplotlib beyond the playground's plots (docs/plotting.md lists what it draws)
        owner("matplotlib.pyplot", "xticks yticks text annotate axhline axvline hlines vlines fill_between "
                + "contour contourf pie boxplot violinplot errorbar stem step stackplot barh semilogy semilogx "
                + "loglog twinx twiny clf cla figtext margins style subplots_adjust "
                + "pcolormesh matshow hexbin quiver table clim figlegend locator_params "
                + "ticklabel_format tick_params");
        owner("Axes", "set_xticks set_yticks set_xticklabels set_yticklabels text annotate axhline axvline "
                + "hlines vlines fill_between contour contourf pie boxplot violinplot errorbar stem step barh "
                + "set_xscale set_yscale twinx twiny set_aspect tick_params margins pcolormesh matshow "
                + "invert_yaxis invert_xaxis get_legend_handles_labels set_facecolor spines xaxis yaxis "
                + "get_xlim get_ylim get_title cla clear");
        owner("Figure", "subplots_adjust add_axes set_size_inches set_figwidth set_figheight text legend clf "
                + "dpi canvas show");
        owner("matplotlib", "colors cm style ticker patches animation font_manager");

        special("keras.save_unavailable", "save save_weights load_weights load_model to_json model_from_json "
                + "saving export");
        // Keras 2 methods that Keras 3 removed (older tutorials still use them): Keras 3 raises this very
        // AttributeError, and the hint names the replacement.
        special("keras.removed_api", "predict_classes predict_proba fit_generator evaluate_generator "
                + "predict_generator");
        special("data.download_unavailable", "datasets fetch_openml fetch_california_housing fetch_20newsgroups "
                + "fetch_lfw_people fetch_covtype get_file image_dataset_from_directory "
                + "text_dataset_from_directory load_img");
    }

    private OutsideSubset() {
    }

    private static void owner(String owner, String names) {
        ATTRIBUTES.put(owner, new HashSet<>(words(names)));
    }

    private static void special(String hintId, String names) {
        for (String name : words(names)) {
            SPECIAL.put(name, hintId);
        }
    }

    /** The space-separated words of {@code text} (String.split would pull java.util.regex into the browser builds). */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                if (i > start) {
                    out.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /**
     * The hint for {@code owner.name} when the real library has it and the playground does not, or null when the
     * name is unknown there too (then it is likely a typo).
     *
     * @param owner a type name as Python prints it ({@code DataFrame}) or a module name ({@code keras.models})
     */
    public static String attributeHint(String owner, String name) {
        Set<String> names = ATTRIBUTES.get(owner);
        if (names == null || !names.contains(name)) {
            return null;
        }
        String special = SPECIAL.get(name);
        return special != null ? special : "lang.attribute_not_in_subset";
    }

    /** The hint for importing {@code module} when it is a real package the playground does not bundle, or null. */
    public static String moduleHint(String module) {
        if (module.equals("google.colab") || module.startsWith("google.colab.")) {
            return "lang.module_colab";
        }
        if (module.startsWith("keras.datasets") || module.startsWith("tensorflow.keras.datasets")) {
            return "data.download_unavailable";
        }
        for (String m : MODULES) {
            if (module.equals(m) || module.startsWith(m + ".")) {
                return "lang.module_not_in_subset";
            }
        }
        return null;
    }
}
