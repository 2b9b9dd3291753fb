/**
 * Errors as learners see them: Python exception types carrying Keras' message text and an optional teaching hint.
 */
package seqplay.errors;
