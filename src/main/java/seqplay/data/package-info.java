/**
 * The data side of a lesson, with the names and printed forms of scikit-learn and pandas: CSV files
 * ({@code seqplay.data.csv}), the bundled datasets and generators ({@code seqplay.data.datasets}), the
 * scikit-learn helpers learners call between loading and fitting ({@code seqplay.data.sklearn}), and
 * DataFrames ({@code seqplay.data.pandas}).
 */
package seqplay.data;
