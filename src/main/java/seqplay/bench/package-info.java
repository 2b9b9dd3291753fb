/** The benchmark workloads (W1–W3) shared by the JMH suite, the browser benchmark page and the smoke test. */
package seqplay.bench;
