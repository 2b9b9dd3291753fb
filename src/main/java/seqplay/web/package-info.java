/**
 * The browser boundary: the only package that may import {@code org.teavm}. It exports the interpreter to the
 * page's worker and passes plain data (strings, numbers, typed arrays, JSON) across.
 */
package seqplay.web;
