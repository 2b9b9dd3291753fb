/**
 * The pandas subset: {@code DataFrame}, {@code Series}, {@code read_csv}, and their text forms exactly as pandas
 * 2.x prints them to a console, plus a cell view for the page's HTML table.
 */
package seqplay.data.pandas;
