/** Callbacks: History (what fit returns) and EarlyStopping, with the context a callback sees. */
package seqplay.callbacks;
