/** {@code Sequential}: the model learners build, with Keras 3's summary printout and evaluate results. */
package seqplay.models;
