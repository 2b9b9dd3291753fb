/** Weight initializers (glorot, he, lecun, random, constant…) and their name table. */
package seqplay.initializers;
