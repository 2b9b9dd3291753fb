/**
 * {@code sklearn.datasets}: the five bundled real datasets ({@code load_iris} …, read through a
 * {@link seqplay.data.datasets.DatasetSource}) and the synthetic generators ({@code make_moons} …).
 */
package seqplay.data.datasets;
