/**
 * CSV files as pandas reads them: the C tokenizer's rules (quotes, line ends, blank lines, ragged rows with pandas'
 * line numbers), pandas' default missing-value markers and per-column type inference, UTF-8 decoding with Python's
 * error texts, a 20 MB cap, and a correctly rounded number parser that gives the same bits on every target.
 */
package seqplay.data.csv;
