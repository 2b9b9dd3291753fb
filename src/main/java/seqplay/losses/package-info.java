/** Loss functions with Keras' aliases, reductions and the cross-entropy logits path. */
package seqplay.losses;
