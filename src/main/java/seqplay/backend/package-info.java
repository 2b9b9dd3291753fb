/** Keras' backend state for one learner session (names, random seed) and the trainable {@code Variable}. */
package seqplay.backend;
