/** Metrics, including how the string "accuracy" is resolved from the shapes of labels and predictions. */
package seqplay.metrics;
