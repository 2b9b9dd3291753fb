/** Activation functions and the table that turns the names learners type into them. */
package seqplay.activations;
