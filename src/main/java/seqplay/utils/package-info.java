/** Keras' {@code keras.utils}: {@code to_categorical}. */
package seqplay.utils;
