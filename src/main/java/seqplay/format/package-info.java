/**
 * Python-compatible number text, identical on the JVM, in JavaScript and in WebAssembly: {@code repr(float)} with
 * the shortest round-trip digits, numpy's float32 digits, the format-spec mini-language ({@code f'{x:.4f}'}),
 * printf-style {@code %}, {@code round(x, n)} and {@code float(str)}, all by exact big-integer arithmetic
 * ({@link seqplay.format.Dragon4}) instead of the platforms' own number formatting.
 */
package seqplay.format;
