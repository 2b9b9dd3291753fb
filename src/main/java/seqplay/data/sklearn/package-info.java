/**
 * The scikit-learn helpers lessons call between loading data and fitting a model:
 * {@code model_selection.train_test_split}, {@code preprocessing.StandardScaler} and {@code MinMaxScaler}, and
 * {@code metrics} (accuracy, confusion matrix, classification report, MAE, MSE, R²), with scikit-learn's checks,
 * error texts and printed layouts.
 */
package seqplay.data.sklearn;
