/**
 * The Keras surface as Python sees it: {@code tensorflow}, {@code tensorflow.keras}, {@code keras} and their
 * {@code models}, {@code layers}, {@code utils}, {@code backend}, {@code optimizers}, {@code losses},
 * {@code metrics}, {@code initializers}, {@code activations}, {@code callbacks} modules, bound to the Java core
 * ({@code seqplay.models}, {@code seqplay.layers}...). {@link seqplay.lang.keras.KerasModules#register} installs
 * them in a {@link seqplay.lang.runtime.Modules} registry.
 */
package seqplay.lang.keras;
