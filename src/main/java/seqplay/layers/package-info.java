/** The layers a Sequential model stacks: Dense, Dropout, Activation. Input is described by {@code Input}. */
package seqplay.layers;
