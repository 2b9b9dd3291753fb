/**
 * The training loop, driven by the host one slice at a time ({@code FitRun}), its arithmetic ({@code Engine}) and
 * Keras 3's progress output ({@code ProgressBar}, {@code ProgbarLogger}).
 */
package seqplay.training;
