/**
 * A small dense tensor over a flat row-major {@code double[]}, its kernels, and elementary functions that give
 * bit-identical results on the JVM, in JavaScript and in WebAssembly.
 */
package seqplay.tensor;
