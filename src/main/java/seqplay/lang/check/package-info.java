/** The static checker: non-blocking warnings about likely Keras mistakes, with line:column and ko/en text. */
package seqplay.lang.check;
