/** Optimizers with Keras' defaults and update rules: Adam, SGD, RMSprop, Adagrad. */
package seqplay.optimizers;
