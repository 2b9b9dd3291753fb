/** The command-line runner: runs a learner's script on the JVM and prints what Keras would print. */
package seqplay.cli;
